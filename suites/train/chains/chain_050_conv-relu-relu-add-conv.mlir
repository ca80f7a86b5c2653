func.func @main(%arg0: memref<8x80x14x14xf32>,
    %arg1: memref<64x80x1x1xf32>,
    %arg2: memref<64xf32>,
    %arg3: memref<32x64x1x1xf32>,
    %arg4: memref<8x32x4x4xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<8x80x14x14xf32>) -> tensor<8x80x14x14xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<64x80x1x1xf32>) -> tensor<64x80x1x1xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<64xf32>) -> tensor<64xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<32x64x1x1xf32>) -> tensor<32x64x1x1xf32>
  %a1 = "bufferization.to_tensor"(%arg4) {restrict, writable} : (memref<8x32x4x4xf32>) -> tensor<8x32x4x4xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<8x64x7x7xf32>
  %bias_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a3 : tensor<64xf32>) outs(%e_1 : tensor<8x64x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<8x64x7x7xf32>
  %conv_3 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%a0, %a2 : tensor<8x80x14x14xf32>, tensor<64x80x1x1xf32>) outs(%bias_2 : tensor<8x64x7x7xf32>) -> tensor<8x64x7x7xf32>
  %e_4 = tensor.empty() : tensor<8x64x7x7xf32>
  %relu_5 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_3 : tensor<8x64x7x7xf32>) outs(%e_4 : tensor<8x64x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<8x64x7x7xf32>
  %e_6 = tensor.empty() : tensor<8x64x7x7xf32>
  %relu_7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu_5 : tensor<8x64x7x7xf32>) outs(%e_6 : tensor<8x64x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<8x64x7x7xf32>
  %e_8 = tensor.empty() : tensor<8x64x7x7xf32>
  %add_9 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu_7, %conv_3 : tensor<8x64x7x7xf32>, tensor<8x64x7x7xf32>) outs(%e_8 : tensor<8x64x7x7xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<8x64x7x7xf32>
  %fill_10 = linalg.fill ins(%cst0 : f32) outs(%a1 : tensor<8x32x4x4xf32>) -> tensor<8x32x4x4xf32>
  %conv_11 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%add_9, %a4 : tensor<8x64x7x7xf32>, tensor<32x64x1x1xf32>) outs(%fill_10 : tensor<8x32x4x4xf32>) -> tensor<8x32x4x4xf32>
  bufferization.materialize_in_destination %conv_11 in restrict writable %arg4
      : (tensor<8x32x4x4xf32>, memref<8x32x4x4xf32>) -> ()
  return
}
