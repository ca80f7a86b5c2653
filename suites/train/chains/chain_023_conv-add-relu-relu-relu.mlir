func.func @main(%arg0: memref<2x3x32x32xf32>,
    %arg1: memref<2x48x16x16xf32>,
    %arg2: memref<48x3x3x3xf32>,
    %arg3: memref<48xf32>,
    %arg4: memref<2x48x16x16xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<2x3x32x32xf32>) -> tensor<2x3x32x32xf32>
  %a4 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<2x48x16x16xf32>) -> tensor<2x48x16x16xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<48x3x3x3xf32>) -> tensor<48x3x3x3xf32>
  %a3 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<48xf32>) -> tensor<48xf32>
  %a1 = "bufferization.to_tensor"(%arg4) {restrict, writable} : (memref<2x48x16x16xf32>) -> tensor<2x48x16x16xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %pad_1 = tensor.pad %a0 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<2x3x32x32xf32> to tensor<2x3x34x34xf32>
  %e_2 = tensor.empty() : tensor<2x48x16x16xf32>
  %bias_3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a3 : tensor<48xf32>) outs(%e_2 : tensor<2x48x16x16xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<2x48x16x16xf32>
  %conv_4 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_1, %a2 : tensor<2x3x34x34xf32>, tensor<48x3x3x3xf32>) outs(%bias_3 : tensor<2x48x16x16xf32>) -> tensor<2x48x16x16xf32>
  %e_5 = tensor.empty() : tensor<2x48x16x16xf32>
  %add_6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_4, %a4 : tensor<2x48x16x16xf32>, tensor<2x48x16x16xf32>) outs(%e_5 : tensor<2x48x16x16xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<2x48x16x16xf32>
  %e_7 = tensor.empty() : tensor<2x48x16x16xf32>
  %relu_8 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_6 : tensor<2x48x16x16xf32>) outs(%e_7 : tensor<2x48x16x16xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<2x48x16x16xf32>
  %e_9 = tensor.empty() : tensor<2x48x16x16xf32>
  %relu_10 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu_8 : tensor<2x48x16x16xf32>) outs(%e_9 : tensor<2x48x16x16xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<2x48x16x16xf32>
  %relu_11 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu_10 : tensor<2x48x16x16xf32>) outs(%a1 : tensor<2x48x16x16xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<2x48x16x16xf32>
  bufferization.materialize_in_destination %relu_11 in restrict writable %arg4
      : (tensor<2x48x16x16xf32>, memref<2x48x16x16xf32>) -> ()
  return
}
