func.func @main(%arg0: memref<4x80x29x29xf32>,
    %arg1: memref<4x80x29x29xf32>,
    %arg2: memref<32x80x1x1xf32>,
    %arg3: memref<3x32x3x3xf32>,
    %arg4: memref<4x3x29x29xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<4x80x29x29xf32>) -> tensor<4x80x29x29xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<4x80x29x29xf32>) -> tensor<4x80x29x29xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<32x80x1x1xf32>) -> tensor<32x80x1x1xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<3x32x3x3xf32>) -> tensor<3x32x3x3xf32>
  %a1 = "bufferization.to_tensor"(%arg4) {restrict, writable} : (memref<4x3x29x29xf32>) -> tensor<4x3x29x29xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<4x80x29x29xf32>
  %add_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0, %a2 : tensor<4x80x29x29xf32>, tensor<4x80x29x29xf32>) outs(%e_1 : tensor<4x80x29x29xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x80x29x29xf32>
  %e_3 = tensor.empty() : tensor<4x32x29x29xf32>
  %fill_4 = linalg.fill ins(%cst0 : f32) outs(%e_3 : tensor<4x32x29x29xf32>) -> tensor<4x32x29x29xf32>
  %conv_5 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%add_2, %a3 : tensor<4x80x29x29xf32>, tensor<32x80x1x1xf32>) outs(%fill_4 : tensor<4x32x29x29xf32>) -> tensor<4x32x29x29xf32>
  %e_6 = tensor.empty() : tensor<4x32x29x29xf32>
  %relu_7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_5 : tensor<4x32x29x29xf32>) outs(%e_6 : tensor<4x32x29x29xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<4x32x29x29xf32>
  %pad_8 = tensor.pad %relu_7 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<4x32x29x29xf32> to tensor<4x32x31x31xf32>
  %e_9 = tensor.empty() : tensor<4x3x29x29xf32>
  %fill_10 = linalg.fill ins(%cst0 : f32) outs(%e_9 : tensor<4x3x29x29xf32>) -> tensor<4x3x29x29xf32>
  %conv_11 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_8, %a4 : tensor<4x32x31x31xf32>, tensor<3x32x3x3xf32>) outs(%fill_10 : tensor<4x3x29x29xf32>) -> tensor<4x3x29x29xf32>
  %relu_12 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_11 : tensor<4x3x29x29xf32>) outs(%a1 : tensor<4x3x29x29xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<4x3x29x29xf32>
  bufferization.materialize_in_destination %relu_12 in restrict writable %arg4
      : (tensor<4x3x29x29xf32>, memref<4x3x29x29xf32>) -> ()
  return
}
