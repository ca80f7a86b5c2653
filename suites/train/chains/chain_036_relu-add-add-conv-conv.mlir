func.func @main(%arg0: memref<4x48x32x32xf32>,
    %arg1: memref<4x48x32x32xf32>,
    %arg2: memref<48x48x1x1xf32>,
    %arg3: memref<48xf32>,
    %arg4: memref<96x48x3x3xf32>,
    %arg5: memref<96xf32>,
    %arg6: memref<4x96x16x16xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<4x48x32x32xf32>) -> tensor<4x48x32x32xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<4x48x32x32xf32>) -> tensor<4x48x32x32xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<48x48x1x1xf32>) -> tensor<48x48x1x1xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<48xf32>) -> tensor<48xf32>
  %a5 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<96x48x3x3xf32>) -> tensor<96x48x3x3xf32>
  %a6 = "bufferization.to_tensor"(%arg5) {restrict} : (memref<96xf32>) -> tensor<96xf32>
  %a1 = "bufferization.to_tensor"(%arg6) {restrict, writable} : (memref<4x96x16x16xf32>) -> tensor<4x96x16x16xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<4x48x32x32xf32>
  %relu_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0 : tensor<4x48x32x32xf32>) outs(%e_1 : tensor<4x48x32x32xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<4x48x32x32xf32>
  %e_3 = tensor.empty() : tensor<4x48x32x32xf32>
  %add_4 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu_2, %a0 : tensor<4x48x32x32xf32>, tensor<4x48x32x32xf32>) outs(%e_3 : tensor<4x48x32x32xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x48x32x32xf32>
  %e_5 = tensor.empty() : tensor<4x48x32x32xf32>
  %add_6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_4, %a2 : tensor<4x48x32x32xf32>, tensor<4x48x32x32xf32>) outs(%e_5 : tensor<4x48x32x32xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x48x32x32xf32>
  %e_7 = tensor.empty() : tensor<4x48x32x32xf32>
  %bias_8 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a4 : tensor<48xf32>) outs(%e_7 : tensor<4x48x32x32xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<4x48x32x32xf32>
  %conv_9 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%add_6, %a3 : tensor<4x48x32x32xf32>, tensor<48x48x1x1xf32>) outs(%bias_8 : tensor<4x48x32x32xf32>) -> tensor<4x48x32x32xf32>
  %pad_10 = tensor.pad %conv_9 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<4x48x32x32xf32> to tensor<4x48x34x34xf32>
  %bias_11 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a6 : tensor<96xf32>) outs(%a1 : tensor<4x96x16x16xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<4x96x16x16xf32>
  %conv_12 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_10, %a5 : tensor<4x48x34x34xf32>, tensor<96x48x3x3xf32>) outs(%bias_11 : tensor<4x96x16x16xf32>) -> tensor<4x96x16x16xf32>
  bufferization.materialize_in_destination %conv_12 in restrict writable %arg6
      : (tensor<4x96x16x16xf32>, memref<4x96x16x16xf32>) -> ()
  return
}
