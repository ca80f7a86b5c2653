func.func @main(%arg0: memref<4x32x57x57xf32>,
    %arg1: memref<8x32x3x3xf32>,
    %arg2: memref<64x8x1x1xf32>,
    %arg3: memref<4x64x7x7xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<4x32x57x57xf32>) -> tensor<4x32x57x57xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<8x32x3x3xf32>) -> tensor<8x32x3x3xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<64x8x1x1xf32>) -> tensor<64x8x1x1xf32>
  %a1 = "bufferization.to_tensor"(%arg3) {restrict, writable} : (memref<4x64x7x7xf32>) -> tensor<4x64x7x7xf32>
  %cst0 = arith.constant 0xFF800000 : f32
  %cst1 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<4x32x28x28xf32>
  %fill_2 = linalg.fill ins(%cst0 : f32) outs(%e_1 : tensor<4x32x28x28xf32>) -> tensor<4x32x28x28xf32>
  %e_3 = tensor.empty() : tensor<3x3xf32>
  %pool_4 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%a0, %e_3 : tensor<4x32x57x57xf32>, tensor<3x3xf32>) outs(%fill_2 : tensor<4x32x28x28xf32>) -> tensor<4x32x28x28xf32>
  %pad_5 = tensor.pad %pool_4 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst1 : f32
  } : tensor<4x32x28x28xf32> to tensor<4x32x30x30xf32>
  %e_6 = tensor.empty() : tensor<4x8x14x14xf32>
  %fill_7 = linalg.fill ins(%cst1 : f32) outs(%e_6 : tensor<4x8x14x14xf32>) -> tensor<4x8x14x14xf32>
  %conv_8 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_5, %a2 : tensor<4x32x30x30xf32>, tensor<8x32x3x3xf32>) outs(%fill_7 : tensor<4x8x14x14xf32>) -> tensor<4x8x14x14xf32>
  %e_9 = tensor.empty() : tensor<4x8x14x14xf32>
  %relu_10 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_8 : tensor<4x8x14x14xf32>) outs(%e_9 : tensor<4x8x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<4x8x14x14xf32>
  %e_11 = tensor.empty() : tensor<4x64x7x7xf32>
  %fill_12 = linalg.fill ins(%cst1 : f32) outs(%e_11 : tensor<4x64x7x7xf32>) -> tensor<4x64x7x7xf32>
  %conv_13 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%relu_10, %a3 : tensor<4x8x14x14xf32>, tensor<64x8x1x1xf32>) outs(%fill_12 : tensor<4x64x7x7xf32>) -> tensor<4x64x7x7xf32>
  %relu_14 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_13 : tensor<4x64x7x7xf32>) outs(%a1 : tensor<4x64x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<4x64x7x7xf32>
  bufferization.materialize_in_destination %relu_14 in restrict writable %arg3
      : (tensor<4x64x7x7xf32>, memref<4x64x7x7xf32>) -> ()
  return
}
