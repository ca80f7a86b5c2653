func.func @main(%arg0: memref<2x32x17x17xf32>,
    %arg1: memref<2x192x17x17xf32>,
    %arg2: memref<192x32x1x1xf32>,
    %arg3: memref<192xf32>,
    %arg4: memref<40x192x3x3xf32>,
    %arg5: memref<40xf32>,
    %arg6: memref<2x40x8x8xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<2x32x17x17xf32>) -> tensor<2x32x17x17xf32>
  %a4 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<2x192x17x17xf32>) -> tensor<2x192x17x17xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<192x32x1x1xf32>) -> tensor<192x32x1x1xf32>
  %a3 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<192xf32>) -> tensor<192xf32>
  %a5 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<40x192x3x3xf32>) -> tensor<40x192x3x3xf32>
  %a6 = "bufferization.to_tensor"(%arg5) {restrict} : (memref<40xf32>) -> tensor<40xf32>
  %a1 = "bufferization.to_tensor"(%arg6) {restrict, writable} : (memref<2x40x8x8xf32>) -> tensor<2x40x8x8xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %cst1 = arith.constant 0xFF800000 : f32
  %e_1 = tensor.empty() : tensor<2x192x17x17xf32>
  %bias_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a3 : tensor<192xf32>) outs(%e_1 : tensor<2x192x17x17xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<2x192x17x17xf32>
  %conv_3 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%a0, %a2 : tensor<2x32x17x17xf32>, tensor<192x32x1x1xf32>) outs(%bias_2 : tensor<2x192x17x17xf32>) -> tensor<2x192x17x17xf32>
  %e_4 = tensor.empty() : tensor<2x192x17x17xf32>
  %add_5 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_3, %a4 : tensor<2x192x17x17xf32>, tensor<2x192x17x17xf32>) outs(%e_4 : tensor<2x192x17x17xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<2x192x17x17xf32>
  %pad_6 = tensor.pad %add_5 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<2x192x17x17xf32> to tensor<2x192x19x19xf32>
  %e_7 = tensor.empty() : tensor<2x40x17x17xf32>
  %bias_8 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a6 : tensor<40xf32>) outs(%e_7 : tensor<2x40x17x17xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<2x40x17x17xf32>
  %conv_9 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_6, %a5 : tensor<2x192x19x19xf32>, tensor<40x192x3x3xf32>) outs(%bias_8 : tensor<2x40x17x17xf32>) -> tensor<2x40x17x17xf32>
  %e_10 = tensor.empty() : tensor<2x40x8x8xf32>
  %fill_11 = linalg.fill ins(%cst1 : f32) outs(%e_10 : tensor<2x40x8x8xf32>) -> tensor<2x40x8x8xf32>
  %e_12 = tensor.empty() : tensor<3x3xf32>
  %pool_13 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%conv_9, %e_12 : tensor<2x40x17x17xf32>, tensor<3x3xf32>) outs(%fill_11 : tensor<2x40x8x8xf32>) -> tensor<2x40x8x8xf32>
  %relu_14 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%pool_13 : tensor<2x40x8x8xf32>) outs(%a1 : tensor<2x40x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<2x40x8x8xf32>
  bufferization.materialize_in_destination %relu_14 in restrict writable %arg6
      : (tensor<2x40x8x8xf32>, memref<2x40x8x8xf32>) -> ()
  return
}
