func.func @main(%arg0: memref<2x32x112x112xf32>,
    %arg1: memref<8x32x1x1xf32>,
    %arg2: memref<8xf32>,
    %arg3: memref<8x8x1x1xf32>,
    %arg4: memref<2x8x28x28xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<2x32x112x112xf32>) -> tensor<2x32x112x112xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<8x32x1x1xf32>) -> tensor<8x32x1x1xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<8xf32>) -> tensor<8xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<8x8x1x1xf32>) -> tensor<8x8x1x1xf32>
  %a1 = "bufferization.to_tensor"(%arg4) {restrict, writable} : (memref<2x8x28x28xf32>) -> tensor<2x8x28x28xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %cst1 = arith.constant 0xFF800000 : f32
  %e_1 = tensor.empty() : tensor<2x32x112x112xf32>
  %relu_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0 : tensor<2x32x112x112xf32>) outs(%e_1 : tensor<2x32x112x112xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<2x32x112x112xf32>
  %e_3 = tensor.empty() : tensor<2x32x112x112xf32>
  %relu_4 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu_2 : tensor<2x32x112x112xf32>) outs(%e_3 : tensor<2x32x112x112xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<2x32x112x112xf32>
  %e_5 = tensor.empty() : tensor<2x32x55x55xf32>
  %fill_6 = linalg.fill ins(%cst1 : f32) outs(%e_5 : tensor<2x32x55x55xf32>) -> tensor<2x32x55x55xf32>
  %e_7 = tensor.empty() : tensor<3x3xf32>
  %pool_8 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%relu_4, %e_7 : tensor<2x32x112x112xf32>, tensor<3x3xf32>) outs(%fill_6 : tensor<2x32x55x55xf32>) -> tensor<2x32x55x55xf32>
  %e_9 = tensor.empty() : tensor<2x8x28x28xf32>
  %bias_10 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a3 : tensor<8xf32>) outs(%e_9 : tensor<2x8x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<2x8x28x28xf32>
  %conv_11 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pool_8, %a2 : tensor<2x32x55x55xf32>, tensor<8x32x1x1xf32>) outs(%bias_10 : tensor<2x8x28x28xf32>) -> tensor<2x8x28x28xf32>
  %fill_12 = linalg.fill ins(%cst0 : f32) outs(%a1 : tensor<2x8x28x28xf32>) -> tensor<2x8x28x28xf32>
  %conv_13 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%conv_11, %a4 : tensor<2x8x28x28xf32>, tensor<8x8x1x1xf32>) outs(%fill_12 : tensor<2x8x28x28xf32>) -> tensor<2x8x28x28xf32>
  bufferization.materialize_in_destination %conv_13 in restrict writable %arg4
      : (tensor<2x8x28x28xf32>, memref<2x8x28x28xf32>) -> ()
  return
}
