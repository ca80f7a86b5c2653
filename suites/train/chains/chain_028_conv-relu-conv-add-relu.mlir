func.func @main(%arg0: memref<4x24x14x14xf32>,
    %arg1: memref<4x192x4x4xf32>,
    %arg2: memref<16x24x1x1xf32>,
    %arg3: memref<192x16x3x3xf32>,
    %arg4: memref<4x192x4x4xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<4x24x14x14xf32>) -> tensor<4x24x14x14xf32>
  %a4 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<4x192x4x4xf32>) -> tensor<4x192x4x4xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<16x24x1x1xf32>) -> tensor<16x24x1x1xf32>
  %a3 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<192x16x3x3xf32>) -> tensor<192x16x3x3xf32>
  %a1 = "bufferization.to_tensor"(%arg4) {restrict, writable} : (memref<4x192x4x4xf32>) -> tensor<4x192x4x4xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<4x16x7x7xf32>
  %fill_2 = linalg.fill ins(%cst0 : f32) outs(%e_1 : tensor<4x16x7x7xf32>) -> tensor<4x16x7x7xf32>
  %conv_3 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%a0, %a2 : tensor<4x24x14x14xf32>, tensor<16x24x1x1xf32>) outs(%fill_2 : tensor<4x16x7x7xf32>) -> tensor<4x16x7x7xf32>
  %e_4 = tensor.empty() : tensor<4x16x7x7xf32>
  %relu_5 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_3 : tensor<4x16x7x7xf32>) outs(%e_4 : tensor<4x16x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<4x16x7x7xf32>
  %pad_6 = tensor.pad %relu_5 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<4x16x7x7xf32> to tensor<4x16x9x9xf32>
  %e_7 = tensor.empty() : tensor<4x192x4x4xf32>
  %fill_8 = linalg.fill ins(%cst0 : f32) outs(%e_7 : tensor<4x192x4x4xf32>) -> tensor<4x192x4x4xf32>
  %conv_9 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_6, %a3 : tensor<4x16x9x9xf32>, tensor<192x16x3x3xf32>) outs(%fill_8 : tensor<4x192x4x4xf32>) -> tensor<4x192x4x4xf32>
  %e_10 = tensor.empty() : tensor<4x192x4x4xf32>
  %add_11 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_9, %a4 : tensor<4x192x4x4xf32>, tensor<4x192x4x4xf32>) outs(%e_10 : tensor<4x192x4x4xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x192x4x4xf32>
  %relu_12 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_11 : tensor<4x192x4x4xf32>) outs(%a1 : tensor<4x192x4x4xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<4x192x4x4xf32>
  bufferization.materialize_in_destination %relu_12 in restrict writable %arg4
      : (tensor<4x192x4x4xf32>, memref<4x192x4x4xf32>) -> ()
  return
}
