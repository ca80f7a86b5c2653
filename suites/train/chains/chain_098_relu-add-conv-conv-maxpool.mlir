func.func @main(%arg0: memref<4x8x64x64xf32>,
    %arg1: memref<4x8x64x64xf32>,
    %arg2: memref<16x8x3x3xf32>,
    %arg3: memref<16xf32>,
    %arg4: memref<24x16x1x1xf32>,
    %arg5: memref<24xf32>,
    %arg6: memref<4x24x32x32xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<4x8x64x64xf32>) -> tensor<4x8x64x64xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<4x8x64x64xf32>) -> tensor<4x8x64x64xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<16x8x3x3xf32>) -> tensor<16x8x3x3xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<16xf32>) -> tensor<16xf32>
  %a5 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<24x16x1x1xf32>) -> tensor<24x16x1x1xf32>
  %a6 = "bufferization.to_tensor"(%arg5) {restrict} : (memref<24xf32>) -> tensor<24xf32>
  %a1 = "bufferization.to_tensor"(%arg6) {restrict, writable} : (memref<4x24x32x32xf32>) -> tensor<4x24x32x32xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %cst1 = arith.constant 0xFF800000 : f32
  %e_1 = tensor.empty() : tensor<4x8x64x64xf32>
  %relu_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0 : tensor<4x8x64x64xf32>) outs(%e_1 : tensor<4x8x64x64xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<4x8x64x64xf32>
  %e_3 = tensor.empty() : tensor<4x8x64x64xf32>
  %add_4 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu_2, %a2 : tensor<4x8x64x64xf32>, tensor<4x8x64x64xf32>) outs(%e_3 : tensor<4x8x64x64xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x8x64x64xf32>
  %pad_5 = tensor.pad %add_4 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<4x8x64x64xf32> to tensor<4x8x66x66xf32>
  %e_6 = tensor.empty() : tensor<4x16x64x64xf32>
  %bias_7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a4 : tensor<16xf32>) outs(%e_6 : tensor<4x16x64x64xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<4x16x64x64xf32>
  %conv_8 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_5, %a3 : tensor<4x8x66x66xf32>, tensor<16x8x3x3xf32>) outs(%bias_7 : tensor<4x16x64x64xf32>) -> tensor<4x16x64x64xf32>
  %e_9 = tensor.empty() : tensor<4x24x64x64xf32>
  %bias_10 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a6 : tensor<24xf32>) outs(%e_9 : tensor<4x24x64x64xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<4x24x64x64xf32>
  %conv_11 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%conv_8, %a5 : tensor<4x16x64x64xf32>, tensor<24x16x1x1xf32>) outs(%bias_10 : tensor<4x24x64x64xf32>) -> tensor<4x24x64x64xf32>
  %fill_12 = linalg.fill ins(%cst1 : f32) outs(%a1 : tensor<4x24x32x32xf32>) -> tensor<4x24x32x32xf32>
  %e_13 = tensor.empty() : tensor<2x2xf32>
  %pool_14 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%conv_11, %e_13 : tensor<4x24x64x64xf32>, tensor<2x2xf32>) outs(%fill_12 : tensor<4x24x32x32xf32>) -> tensor<4x24x32x32xf32>
  bufferization.materialize_in_destination %pool_14 in restrict writable %arg6
      : (tensor<4x24x32x32xf32>, memref<4x24x32x32xf32>) -> ()
  return
}
