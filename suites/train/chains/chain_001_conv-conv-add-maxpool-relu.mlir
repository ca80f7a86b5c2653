func.func @main(%arg0: memref<1x40x30x30xf32>,
    %arg1: memref<1x3x28x28xf32>,
    %arg2: memref<64x40x3x3xf32>,
    %arg3: memref<64xf32>,
    %arg4: memref<3x64x3x3xf32>,
    %arg5: memref<3xf32>,
    %arg6: memref<1x3x14x14xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x40x30x30xf32>) -> tensor<1x40x30x30xf32>
  %a6 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<1x3x28x28xf32>) -> tensor<1x3x28x28xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<64x40x3x3xf32>) -> tensor<64x40x3x3xf32>
  %a3 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<64xf32>) -> tensor<64xf32>
  %a4 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<3x64x3x3xf32>) -> tensor<3x64x3x3xf32>
  %a5 = "bufferization.to_tensor"(%arg5) {restrict} : (memref<3xf32>) -> tensor<3xf32>
  %a1 = "bufferization.to_tensor"(%arg6) {restrict, writable} : (memref<1x3x14x14xf32>) -> tensor<1x3x14x14xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %cst1 = arith.constant 0xFF800000 : f32
  %e_1 = tensor.empty() : tensor<1x64x28x28xf32>
  %bias_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a3 : tensor<64xf32>) outs(%e_1 : tensor<1x64x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x64x28x28xf32>
  %conv_3 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%a0, %a2 : tensor<1x40x30x30xf32>, tensor<64x40x3x3xf32>) outs(%bias_2 : tensor<1x64x28x28xf32>) -> tensor<1x64x28x28xf32>
  %pad_4 = tensor.pad %conv_3 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x64x28x28xf32> to tensor<1x64x30x30xf32>
  %e_5 = tensor.empty() : tensor<1x3x28x28xf32>
  %bias_6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a5 : tensor<3xf32>) outs(%e_5 : tensor<1x3x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x3x28x28xf32>
  %conv_7 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_4, %a4 : tensor<1x64x30x30xf32>, tensor<3x64x3x3xf32>) outs(%bias_6 : tensor<1x3x28x28xf32>) -> tensor<1x3x28x28xf32>
  %e_8 = tensor.empty() : tensor<1x3x28x28xf32>
  %add_9 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_7, %a6 : tensor<1x3x28x28xf32>, tensor<1x3x28x28xf32>) outs(%e_8 : tensor<1x3x28x28xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x3x28x28xf32>
  %pad_10 = tensor.pad %add_9 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst1 : f32
  } : tensor<1x3x28x28xf32> to tensor<1x3x30x30xf32>
  %e_11 = tensor.empty() : tensor<1x3x14x14xf32>
  %fill_12 = linalg.fill ins(%cst1 : f32) outs(%e_11 : tensor<1x3x14x14xf32>) -> tensor<1x3x14x14xf32>
  %e_13 = tensor.empty() : tensor<3x3xf32>
  %pool_14 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_10, %e_13 : tensor<1x3x30x30xf32>, tensor<3x3xf32>) outs(%fill_12 : tensor<1x3x14x14xf32>) -> tensor<1x3x14x14xf32>
  %relu_15 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%pool_14 : tensor<1x3x14x14xf32>) outs(%a1 : tensor<1x3x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x3x14x14xf32>
  bufferization.materialize_in_destination %relu_15 in restrict writable %arg6
      : (tensor<1x3x14x14xf32>, memref<1x3x14x14xf32>) -> ()
  return
}
