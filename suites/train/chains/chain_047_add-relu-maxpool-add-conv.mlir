func.func @main(%arg0: memref<1x3x32x32xf32>,
    %arg1: memref<1x3x32x32xf32>,
    %arg2: memref<1x3x16x16xf32>,
    %arg3: memref<160x3x3x3xf32>,
    %arg4: memref<160xf32>,
    %arg5: memref<1x160x14x14xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x3x32x32xf32>) -> tensor<1x3x32x32xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<1x3x32x32xf32>) -> tensor<1x3x32x32xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<1x3x16x16xf32>) -> tensor<1x3x16x16xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<160x3x3x3xf32>) -> tensor<160x3x3x3xf32>
  %a5 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<160xf32>) -> tensor<160xf32>
  %a1 = "bufferization.to_tensor"(%arg5) {restrict, writable} : (memref<1x160x14x14xf32>) -> tensor<1x160x14x14xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %cst1 = arith.constant 0xFF800000 : f32
  %e_1 = tensor.empty() : tensor<1x3x32x32xf32>
  %add_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0, %a2 : tensor<1x3x32x32xf32>, tensor<1x3x32x32xf32>) outs(%e_1 : tensor<1x3x32x32xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x3x32x32xf32>
  %e_3 = tensor.empty() : tensor<1x3x32x32xf32>
  %relu_4 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_2 : tensor<1x3x32x32xf32>) outs(%e_3 : tensor<1x3x32x32xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x3x32x32xf32>
  %e_5 = tensor.empty() : tensor<1x3x16x16xf32>
  %fill_6 = linalg.fill ins(%cst1 : f32) outs(%e_5 : tensor<1x3x16x16xf32>) -> tensor<1x3x16x16xf32>
  %e_7 = tensor.empty() : tensor<2x2xf32>
  %pool_8 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%relu_4, %e_7 : tensor<1x3x32x32xf32>, tensor<2x2xf32>) outs(%fill_6 : tensor<1x3x16x16xf32>) -> tensor<1x3x16x16xf32>
  %e_9 = tensor.empty() : tensor<1x3x16x16xf32>
  %add_10 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%pool_8, %a3 : tensor<1x3x16x16xf32>, tensor<1x3x16x16xf32>) outs(%e_9 : tensor<1x3x16x16xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x3x16x16xf32>
  %bias_11 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a5 : tensor<160xf32>) outs(%a1 : tensor<1x160x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x160x14x14xf32>
  %conv_12 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%add_10, %a4 : tensor<1x3x16x16xf32>, tensor<160x3x3x3xf32>) outs(%bias_11 : tensor<1x160x14x14xf32>) -> tensor<1x160x14x14xf32>
  bufferization.materialize_in_destination %conv_12 in restrict writable %arg5
      : (tensor<1x160x14x14xf32>, memref<1x160x14x14xf32>) -> ()
  return
}
