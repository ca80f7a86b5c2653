func.func @main(%arg0: memref<4x128x14x14xf32>,
    %arg1: memref<80x128x3x3xf32>,
    %arg2: memref<80xf32>,
    %arg3: memref<128x80x1x1xf32>,
    %arg4: memref<128xf32>,
    %arg5: memref<128x128x3x3xf32>,
    %arg6: memref<16x128x3x3xf32>,
    %arg7: memref<4x16x4x4xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<4x128x14x14xf32>) -> tensor<4x128x14x14xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<80x128x3x3xf32>) -> tensor<80x128x3x3xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<80xf32>) -> tensor<80xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<128x80x1x1xf32>) -> tensor<128x80x1x1xf32>
  %a5 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<128xf32>) -> tensor<128xf32>
  %a6 = "bufferization.to_tensor"(%arg5) {restrict} : (memref<128x128x3x3xf32>) -> tensor<128x128x3x3xf32>
  %a7 = "bufferization.to_tensor"(%arg6) {restrict} : (memref<16x128x3x3xf32>) -> tensor<16x128x3x3xf32>
  %a1 = "bufferization.to_tensor"(%arg7) {restrict, writable} : (memref<4x16x4x4xf32>) -> tensor<4x16x4x4xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<4x128x14x14xf32>
  %relu_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0 : tensor<4x128x14x14xf32>) outs(%e_1 : tensor<4x128x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<4x128x14x14xf32>
  %pad_3 = tensor.pad %relu_2 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<4x128x14x14xf32> to tensor<4x128x16x16xf32>
  %e_4 = tensor.empty() : tensor<4x80x7x7xf32>
  %bias_5 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a3 : tensor<80xf32>) outs(%e_4 : tensor<4x80x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<4x80x7x7xf32>
  %conv_6 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_3, %a2 : tensor<4x128x16x16xf32>, tensor<80x128x3x3xf32>) outs(%bias_5 : tensor<4x80x7x7xf32>) -> tensor<4x80x7x7xf32>
  %e_7 = tensor.empty() : tensor<4x128x7x7xf32>
  %bias_8 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a5 : tensor<128xf32>) outs(%e_7 : tensor<4x128x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<4x128x7x7xf32>
  %conv_9 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%conv_6, %a4 : tensor<4x80x7x7xf32>, tensor<128x80x1x1xf32>) outs(%bias_8 : tensor<4x128x7x7xf32>) -> tensor<4x128x7x7xf32>
  %pad_10 = tensor.pad %conv_9 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<4x128x7x7xf32> to tensor<4x128x9x9xf32>
  %e_11 = tensor.empty() : tensor<4x128x4x4xf32>
  %fill_12 = linalg.fill ins(%cst0 : f32) outs(%e_11 : tensor<4x128x4x4xf32>) -> tensor<4x128x4x4xf32>
  %conv_13 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_10, %a6 : tensor<4x128x9x9xf32>, tensor<128x128x3x3xf32>) outs(%fill_12 : tensor<4x128x4x4xf32>) -> tensor<4x128x4x4xf32>
  %pad_14 = tensor.pad %conv_13 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<4x128x4x4xf32> to tensor<4x128x6x6xf32>
  %fill_15 = linalg.fill ins(%cst0 : f32) outs(%a1 : tensor<4x16x4x4xf32>) -> tensor<4x16x4x4xf32>
  %conv_16 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_14, %a7 : tensor<4x128x6x6xf32>, tensor<16x128x3x3xf32>) outs(%fill_15 : tensor<4x16x4x4xf32>) -> tensor<4x16x4x4xf32>
  bufferization.materialize_in_destination %conv_16 in restrict writable %arg7
      : (tensor<4x16x4x4xf32>, memref<4x16x4x4xf32>) -> ()
  return
}
