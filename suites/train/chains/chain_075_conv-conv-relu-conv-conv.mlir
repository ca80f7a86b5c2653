func.func @main(%arg0: memref<1x32x20x20xf32>,
    %arg1: memref<80x32x3x3xf32>,
    %arg2: memref<40x80x3x3xf32>,
    %arg3: memref<80x40x3x3xf32>,
    %arg4: memref<160x80x3x3xf32>,
    %arg5: memref<160xf32>,
    %arg6: memref<1x160x8x8xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x32x20x20xf32>) -> tensor<1x32x20x20xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<80x32x3x3xf32>) -> tensor<80x32x3x3xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<40x80x3x3xf32>) -> tensor<40x80x3x3xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<80x40x3x3xf32>) -> tensor<80x40x3x3xf32>
  %a5 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<160x80x3x3xf32>) -> tensor<160x80x3x3xf32>
  %a6 = "bufferization.to_tensor"(%arg5) {restrict} : (memref<160xf32>) -> tensor<160xf32>
  %a1 = "bufferization.to_tensor"(%arg6) {restrict, writable} : (memref<1x160x8x8xf32>) -> tensor<1x160x8x8xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %pad_1 = tensor.pad %a0 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x32x20x20xf32> to tensor<1x32x22x22xf32>
  %e_2 = tensor.empty() : tensor<1x80x20x20xf32>
  %fill_3 = linalg.fill ins(%cst0 : f32) outs(%e_2 : tensor<1x80x20x20xf32>) -> tensor<1x80x20x20xf32>
  %conv_4 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_1, %a2 : tensor<1x32x22x22xf32>, tensor<80x32x3x3xf32>) outs(%fill_3 : tensor<1x80x20x20xf32>) -> tensor<1x80x20x20xf32>
  %e_5 = tensor.empty() : tensor<1x40x18x18xf32>
  %fill_6 = linalg.fill ins(%cst0 : f32) outs(%e_5 : tensor<1x40x18x18xf32>) -> tensor<1x40x18x18xf32>
  %conv_7 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%conv_4, %a3 : tensor<1x80x20x20xf32>, tensor<40x80x3x3xf32>) outs(%fill_6 : tensor<1x40x18x18xf32>) -> tensor<1x40x18x18xf32>
  %e_8 = tensor.empty() : tensor<1x40x18x18xf32>
  %relu_9 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_7 : tensor<1x40x18x18xf32>) outs(%e_8 : tensor<1x40x18x18xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x40x18x18xf32>
  %e_10 = tensor.empty() : tensor<1x80x16x16xf32>
  %fill_11 = linalg.fill ins(%cst0 : f32) outs(%e_10 : tensor<1x80x16x16xf32>) -> tensor<1x80x16x16xf32>
  %conv_12 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%relu_9, %a4 : tensor<1x40x18x18xf32>, tensor<80x40x3x3xf32>) outs(%fill_11 : tensor<1x80x16x16xf32>) -> tensor<1x80x16x16xf32>
  %pad_13 = tensor.pad %conv_12 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x80x16x16xf32> to tensor<1x80x18x18xf32>
  %bias_14 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a6 : tensor<160xf32>) outs(%a1 : tensor<1x160x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x160x8x8xf32>
  %conv_15 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_13, %a5 : tensor<1x80x18x18xf32>, tensor<160x80x3x3xf32>) outs(%bias_14 : tensor<1x160x8x8xf32>) -> tensor<1x160x8x8xf32>
  bufferization.materialize_in_destination %conv_15 in restrict writable %arg6
      : (tensor<1x160x8x8xf32>, memref<1x160x8x8xf32>) -> ()
  return
}
