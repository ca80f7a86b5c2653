func.func @main(%arg0: memref<1x3x32x32xf32>,
    %arg1: memref<128x3x3x3xf32>,
    %arg2: memref<112x128x3x3xf32>,
    %arg3: memref<112xf32>,
    %arg4: memref<1x112x4x4xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x3x32x32xf32>) -> tensor<1x3x32x32xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<128x3x3x3xf32>) -> tensor<128x3x3x3xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<112x128x3x3xf32>) -> tensor<112x128x3x3xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<112xf32>) -> tensor<112xf32>
  %a1 = "bufferization.to_tensor"(%arg4) {restrict, writable} : (memref<1x112x4x4xf32>) -> tensor<1x112x4x4xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %cst1 = arith.constant 0xFF800000 : f32
  %pad_1 = tensor.pad %a0 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x3x32x32xf32> to tensor<1x3x34x34xf32>
  %e_2 = tensor.empty() : tensor<1x128x16x16xf32>
  %fill_3 = linalg.fill ins(%cst0 : f32) outs(%e_2 : tensor<1x128x16x16xf32>) -> tensor<1x128x16x16xf32>
  %conv_4 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_1, %a2 : tensor<1x3x34x34xf32>, tensor<128x3x3x3xf32>) outs(%fill_3 : tensor<1x128x16x16xf32>) -> tensor<1x128x16x16xf32>
  %pad_5 = tensor.pad %conv_4 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x128x16x16xf32> to tensor<1x128x18x18xf32>
  %e_6 = tensor.empty() : tensor<1x112x16x16xf32>
  %bias_7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a4 : tensor<112xf32>) outs(%e_6 : tensor<1x112x16x16xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x112x16x16xf32>
  %conv_8 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_5, %a3 : tensor<1x128x18x18xf32>, tensor<112x128x3x3xf32>) outs(%bias_7 : tensor<1x112x16x16xf32>) -> tensor<1x112x16x16xf32>
  %e_9 = tensor.empty() : tensor<1x112x8x8xf32>
  %fill_10 = linalg.fill ins(%cst1 : f32) outs(%e_9 : tensor<1x112x8x8xf32>) -> tensor<1x112x8x8xf32>
  %e_11 = tensor.empty() : tensor<2x2xf32>
  %pool_12 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%conv_8, %e_11 : tensor<1x112x16x16xf32>, tensor<2x2xf32>) outs(%fill_10 : tensor<1x112x8x8xf32>) -> tensor<1x112x8x8xf32>
  %e_13 = tensor.empty() : tensor<1x112x4x4xf32>
  %fill_14 = linalg.fill ins(%cst1 : f32) outs(%e_13 : tensor<1x112x4x4xf32>) -> tensor<1x112x4x4xf32>
  %e_15 = tensor.empty() : tensor<2x2xf32>
  %pool_16 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pool_12, %e_15 : tensor<1x112x8x8xf32>, tensor<2x2xf32>) outs(%fill_14 : tensor<1x112x4x4xf32>) -> tensor<1x112x4x4xf32>
  %relu_17 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%pool_16 : tensor<1x112x4x4xf32>) outs(%a1 : tensor<1x112x4x4xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x112x4x4xf32>
  bufferization.materialize_in_destination %relu_17 in restrict writable %arg4
      : (tensor<1x112x4x4xf32>, memref<1x112x4x4xf32>) -> ()
  return
}
