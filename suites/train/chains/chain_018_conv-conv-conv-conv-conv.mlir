func.func @main(%arg0: memref<1x32x20x20xf32>,
    %arg1: memref<96x32x3x3xf32>,
    %arg2: memref<160x96x3x3xf32>,
    %arg3: memref<160x160x1x1xf32>,
    %arg4: memref<160xf32>,
    %arg5: memref<192x160x3x3xf32>,
    %arg6: memref<48x192x3x3xf32>,
    %arg7: memref<48xf32>,
    %arg8: memref<1x48x9x9xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x32x20x20xf32>) -> tensor<1x32x20x20xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<96x32x3x3xf32>) -> tensor<96x32x3x3xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<160x96x3x3xf32>) -> tensor<160x96x3x3xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<160x160x1x1xf32>) -> tensor<160x160x1x1xf32>
  %a5 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<160xf32>) -> tensor<160xf32>
  %a6 = "bufferization.to_tensor"(%arg5) {restrict} : (memref<192x160x3x3xf32>) -> tensor<192x160x3x3xf32>
  %a7 = "bufferization.to_tensor"(%arg6) {restrict} : (memref<48x192x3x3xf32>) -> tensor<48x192x3x3xf32>
  %a8 = "bufferization.to_tensor"(%arg7) {restrict} : (memref<48xf32>) -> tensor<48xf32>
  %a1 = "bufferization.to_tensor"(%arg8) {restrict, writable} : (memref<1x48x9x9xf32>) -> tensor<1x48x9x9xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<1x96x18x18xf32>
  %fill_2 = linalg.fill ins(%cst0 : f32) outs(%e_1 : tensor<1x96x18x18xf32>) -> tensor<1x96x18x18xf32>
  %conv_3 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%a0, %a2 : tensor<1x32x20x20xf32>, tensor<96x32x3x3xf32>) outs(%fill_2 : tensor<1x96x18x18xf32>) -> tensor<1x96x18x18xf32>
  %pad_4 = tensor.pad %conv_3 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x96x18x18xf32> to tensor<1x96x20x20xf32>
  %e_5 = tensor.empty() : tensor<1x160x9x9xf32>
  %fill_6 = linalg.fill ins(%cst0 : f32) outs(%e_5 : tensor<1x160x9x9xf32>) -> tensor<1x160x9x9xf32>
  %conv_7 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_4, %a3 : tensor<1x96x20x20xf32>, tensor<160x96x3x3xf32>) outs(%fill_6 : tensor<1x160x9x9xf32>) -> tensor<1x160x9x9xf32>
  %e_8 = tensor.empty() : tensor<1x160x9x9xf32>
  %bias_9 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a5 : tensor<160xf32>) outs(%e_8 : tensor<1x160x9x9xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x160x9x9xf32>
  %conv_10 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%conv_7, %a4 : tensor<1x160x9x9xf32>, tensor<160x160x1x1xf32>) outs(%bias_9 : tensor<1x160x9x9xf32>) -> tensor<1x160x9x9xf32>
  %pad_11 = tensor.pad %conv_10 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x160x9x9xf32> to tensor<1x160x11x11xf32>
  %e_12 = tensor.empty() : tensor<1x192x9x9xf32>
  %fill_13 = linalg.fill ins(%cst0 : f32) outs(%e_12 : tensor<1x192x9x9xf32>) -> tensor<1x192x9x9xf32>
  %conv_14 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_11, %a6 : tensor<1x160x11x11xf32>, tensor<192x160x3x3xf32>) outs(%fill_13 : tensor<1x192x9x9xf32>) -> tensor<1x192x9x9xf32>
  %pad_15 = tensor.pad %conv_14 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x192x9x9xf32> to tensor<1x192x11x11xf32>
  %bias_16 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a8 : tensor<48xf32>) outs(%a1 : tensor<1x48x9x9xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x48x9x9xf32>
  %conv_17 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_15, %a7 : tensor<1x192x11x11xf32>, tensor<48x192x3x3xf32>) outs(%bias_16 : tensor<1x48x9x9xf32>) -> tensor<1x48x9x9xf32>
  bufferization.materialize_in_destination %conv_17 in restrict writable %arg8
      : (tensor<1x48x9x9xf32>, memref<1x48x9x9xf32>) -> ()
  return
}
