func.func @main(%arg0: memref<2x96x24x24xf32>,
    %arg1: memref<2x192x11x11xf32>,
    %arg2: memref<192x96x3x3xf32>,
    %arg3: memref<16x192x1x1xf32>,
    %arg4: memref<16xf32>,
    %arg5: memref<2x16x2x2xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<2x96x24x24xf32>) -> tensor<2x96x24x24xf32>
  %a3 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<2x192x11x11xf32>) -> tensor<2x192x11x11xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<192x96x3x3xf32>) -> tensor<192x96x3x3xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<16x192x1x1xf32>) -> tensor<16x192x1x1xf32>
  %a5 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<16xf32>) -> tensor<16xf32>
  %a1 = "bufferization.to_tensor"(%arg5) {restrict, writable} : (memref<2x16x2x2xf32>) -> tensor<2x16x2x2xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %cst1 = arith.constant 0xFF800000 : f32
  %e_1 = tensor.empty() : tensor<2x192x11x11xf32>
  %fill_2 = linalg.fill ins(%cst0 : f32) outs(%e_1 : tensor<2x192x11x11xf32>) -> tensor<2x192x11x11xf32>
  %conv_3 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%a0, %a2 : tensor<2x96x24x24xf32>, tensor<192x96x3x3xf32>) outs(%fill_2 : tensor<2x192x11x11xf32>) -> tensor<2x192x11x11xf32>
  %e_4 = tensor.empty() : tensor<2x192x11x11xf32>
  %add_5 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_3, %a3 : tensor<2x192x11x11xf32>, tensor<2x192x11x11xf32>) outs(%e_4 : tensor<2x192x11x11xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<2x192x11x11xf32>
  %e_6 = tensor.empty() : tensor<2x192x5x5xf32>
  %fill_7 = linalg.fill ins(%cst1 : f32) outs(%e_6 : tensor<2x192x5x5xf32>) -> tensor<2x192x5x5xf32>
  %e_8 = tensor.empty() : tensor<2x2xf32>
  %pool_9 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%add_5, %e_8 : tensor<2x192x11x11xf32>, tensor<2x2xf32>) outs(%fill_7 : tensor<2x192x5x5xf32>) -> tensor<2x192x5x5xf32>
  %pad_10 = tensor.pad %pool_9 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst1 : f32
  } : tensor<2x192x5x5xf32> to tensor<2x192x7x7xf32>
  %e_11 = tensor.empty() : tensor<2x192x3x3xf32>
  %fill_12 = linalg.fill ins(%cst1 : f32) outs(%e_11 : tensor<2x192x3x3xf32>) -> tensor<2x192x3x3xf32>
  %e_13 = tensor.empty() : tensor<3x3xf32>
  %pool_14 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_10, %e_13 : tensor<2x192x7x7xf32>, tensor<3x3xf32>) outs(%fill_12 : tensor<2x192x3x3xf32>) -> tensor<2x192x3x3xf32>
  %bias_15 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a5 : tensor<16xf32>) outs(%a1 : tensor<2x16x2x2xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<2x16x2x2xf32>
  %conv_16 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pool_14, %a4 : tensor<2x192x3x3xf32>, tensor<16x192x1x1xf32>) outs(%bias_15 : tensor<2x16x2x2xf32>) -> tensor<2x16x2x2xf32>
  bufferization.materialize_in_destination %conv_16 in restrict writable %arg5
      : (tensor<2x16x2x2xf32>, memref<2x16x2x2xf32>) -> ()
  return
}
