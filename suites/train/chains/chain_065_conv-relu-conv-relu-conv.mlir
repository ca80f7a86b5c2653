func.func @main(%arg0: memref<4x96x15x15xf32>,
    %arg1: memref<16x96x1x1xf32>,
    %arg2: memref<16xf32>,
    %arg3: memref<96x16x1x1xf32>,
    %arg4: memref<96xf32>,
    %arg5: memref<16x96x3x3xf32>,
    %arg6: memref<4x16x8x8xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<4x96x15x15xf32>) -> tensor<4x96x15x15xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<16x96x1x1xf32>) -> tensor<16x96x1x1xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<16xf32>) -> tensor<16xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<96x16x1x1xf32>) -> tensor<96x16x1x1xf32>
  %a5 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<96xf32>) -> tensor<96xf32>
  %a6 = "bufferization.to_tensor"(%arg5) {restrict} : (memref<16x96x3x3xf32>) -> tensor<16x96x3x3xf32>
  %a1 = "bufferization.to_tensor"(%arg6) {restrict, writable} : (memref<4x16x8x8xf32>) -> tensor<4x16x8x8xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<4x16x15x15xf32>
  %bias_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a3 : tensor<16xf32>) outs(%e_1 : tensor<4x16x15x15xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<4x16x15x15xf32>
  %conv_3 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%a0, %a2 : tensor<4x96x15x15xf32>, tensor<16x96x1x1xf32>) outs(%bias_2 : tensor<4x16x15x15xf32>) -> tensor<4x16x15x15xf32>
  %e_4 = tensor.empty() : tensor<4x16x15x15xf32>
  %relu_5 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_3 : tensor<4x16x15x15xf32>) outs(%e_4 : tensor<4x16x15x15xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<4x16x15x15xf32>
  %e_6 = tensor.empty() : tensor<4x96x15x15xf32>
  %bias_7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a5 : tensor<96xf32>) outs(%e_6 : tensor<4x96x15x15xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<4x96x15x15xf32>
  %conv_8 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%relu_5, %a4 : tensor<4x16x15x15xf32>, tensor<96x16x1x1xf32>) outs(%bias_7 : tensor<4x96x15x15xf32>) -> tensor<4x96x15x15xf32>
  %e_9 = tensor.empty() : tensor<4x96x15x15xf32>
  %relu_10 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_8 : tensor<4x96x15x15xf32>) outs(%e_9 : tensor<4x96x15x15xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<4x96x15x15xf32>
  %pad_11 = tensor.pad %relu_10 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<4x96x15x15xf32> to tensor<4x96x17x17xf32>
  %fill_12 = linalg.fill ins(%cst0 : f32) outs(%a1 : tensor<4x16x8x8xf32>) -> tensor<4x16x8x8xf32>
  %conv_13 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_11, %a6 : tensor<4x96x17x17xf32>, tensor<16x96x3x3xf32>) outs(%fill_12 : tensor<4x16x8x8xf32>) -> tensor<4x16x8x8xf32>
  bufferization.materialize_in_destination %conv_13 in restrict writable %arg6
      : (tensor<4x16x8x8xf32>, memref<4x16x8x8xf32>) -> ()
  return
}
