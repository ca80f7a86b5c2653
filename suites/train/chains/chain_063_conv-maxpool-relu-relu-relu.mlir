func.func @main(%arg0: memref<2x24x28x28xf32>,
    %arg1: memref<3x24x3x3xf32>,
    %arg2: memref<2x3x14x14xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<2x24x28x28xf32>) -> tensor<2x24x28x28xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<3x24x3x3xf32>) -> tensor<3x24x3x3xf32>
  %a1 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<2x3x14x14xf32>) -> tensor<2x3x14x14xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %cst1 = arith.constant 0xFF800000 : f32
  %pad_1 = tensor.pad %a0 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<2x24x28x28xf32> to tensor<2x24x30x30xf32>
  %e_2 = tensor.empty() : tensor<2x3x28x28xf32>
  %fill_3 = linalg.fill ins(%cst0 : f32) outs(%e_2 : tensor<2x3x28x28xf32>) -> tensor<2x3x28x28xf32>
  %conv_4 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_1, %a2 : tensor<2x24x30x30xf32>, tensor<3x24x3x3xf32>) outs(%fill_3 : tensor<2x3x28x28xf32>) -> tensor<2x3x28x28xf32>
  %e_5 = tensor.empty() : tensor<2x3x14x14xf32>
  %fill_6 = linalg.fill ins(%cst1 : f32) outs(%e_5 : tensor<2x3x14x14xf32>) -> tensor<2x3x14x14xf32>
  %e_7 = tensor.empty() : tensor<2x2xf32>
  %pool_8 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%conv_4, %e_7 : tensor<2x3x28x28xf32>, tensor<2x2xf32>) outs(%fill_6 : tensor<2x3x14x14xf32>) -> tensor<2x3x14x14xf32>
  %e_9 = tensor.empty() : tensor<2x3x14x14xf32>
  %relu_10 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%pool_8 : tensor<2x3x14x14xf32>) outs(%e_9 : tensor<2x3x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<2x3x14x14xf32>
  %e_11 = tensor.empty() : tensor<2x3x14x14xf32>
  %relu_12 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu_10 : tensor<2x3x14x14xf32>) outs(%e_11 : tensor<2x3x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<2x3x14x14xf32>
  %relu_13 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu_12 : tensor<2x3x14x14xf32>) outs(%a1 : tensor<2x3x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<2x3x14x14xf32>
  bufferization.materialize_in_destination %relu_13 in restrict writable %arg2
      : (tensor<2x3x14x14xf32>, memref<2x3x14x14xf32>) -> ()
  return
}
