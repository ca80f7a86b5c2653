func.func @main(%arg0: memref<1x48x96x96xf32>,
    %arg1: memref<1x48x96x96xf32>,
    %arg2: memref<1x48x24x24xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x48x96x96xf32>) -> tensor<1x48x96x96xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<1x48x96x96xf32>) -> tensor<1x48x96x96xf32>
  %a1 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<1x48x24x24xf32>) -> tensor<1x48x24x24xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %cst1 = arith.constant 0xFF800000 : f32
  %e_1 = tensor.empty() : tensor<1x48x96x96xf32>
  %relu_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0 : tensor<1x48x96x96xf32>) outs(%e_1 : tensor<1x48x96x96xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x48x96x96xf32>
  %e_3 = tensor.empty() : tensor<1x48x96x96xf32>
  %add_4 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu_2, %a2 : tensor<1x48x96x96xf32>, tensor<1x48x96x96xf32>) outs(%e_3 : tensor<1x48x96x96xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x48x96x96xf32>
  %e_5 = tensor.empty() : tensor<1x48x96x96xf32>
  %relu_6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_4 : tensor<1x48x96x96xf32>) outs(%e_5 : tensor<1x48x96x96xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x48x96x96xf32>
  %e_7 = tensor.empty() : tensor<1x48x48x48xf32>
  %fill_8 = linalg.fill ins(%cst1 : f32) outs(%e_7 : tensor<1x48x48x48xf32>) -> tensor<1x48x48x48xf32>
  %e_9 = tensor.empty() : tensor<2x2xf32>
  %pool_10 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%relu_6, %e_9 : tensor<1x48x96x96xf32>, tensor<2x2xf32>) outs(%fill_8 : tensor<1x48x48x48xf32>) -> tensor<1x48x48x48xf32>
  %fill_11 = linalg.fill ins(%cst1 : f32) outs(%a1 : tensor<1x48x24x24xf32>) -> tensor<1x48x24x24xf32>
  %e_12 = tensor.empty() : tensor<2x2xf32>
  %pool_13 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pool_10, %e_12 : tensor<1x48x48x48xf32>, tensor<2x2xf32>) outs(%fill_11 : tensor<1x48x24x24xf32>) -> tensor<1x48x24x24xf32>
  bufferization.materialize_in_destination %pool_13 in restrict writable %arg2
      : (tensor<1x48x24x24xf32>, memref<1x48x24x24xf32>) -> ()
  return
}
