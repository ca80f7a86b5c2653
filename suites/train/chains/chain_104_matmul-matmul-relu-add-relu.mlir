func.func @main(%arg0: memref<32x196xf32>,
    %arg1: memref<196x96xf32>,
    %arg2: memref<96x320xf32>,
    %arg3: memref<32x320xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<32x196xf32>) -> tensor<32x196xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<196x96xf32>) -> tensor<196x96xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<96x320xf32>) -> tensor<96x320xf32>
  %a1 = "bufferization.to_tensor"(%arg3) {restrict, writable} : (memref<32x320xf32>) -> tensor<32x320xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<32x96xf32>
  %fill_2 = linalg.fill ins(%cst0 : f32) outs(%e_1 : tensor<32x96xf32>) -> tensor<32x96xf32>
  %mm_3 = linalg.matmul ins(%a0, %a2 : tensor<32x196xf32>, tensor<196x96xf32>) outs(%fill_2 : tensor<32x96xf32>) -> tensor<32x96xf32>
  %e_4 = tensor.empty() : tensor<32x320xf32>
  %fill_5 = linalg.fill ins(%cst0 : f32) outs(%e_4 : tensor<32x320xf32>) -> tensor<32x320xf32>
  %mm_6 = linalg.matmul ins(%mm_3, %a3 : tensor<32x96xf32>, tensor<96x320xf32>) outs(%fill_5 : tensor<32x320xf32>) -> tensor<32x320xf32>
  %e_7 = tensor.empty() : tensor<32x320xf32>
  %relu_8 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm_6 : tensor<32x320xf32>) outs(%e_7 : tensor<32x320xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<32x320xf32>
  %e_9 = tensor.empty() : tensor<32x320xf32>
  %add_10 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%relu_8, %mm_6 : tensor<32x320xf32>, tensor<32x320xf32>) outs(%e_9 : tensor<32x320xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<32x320xf32>
  %relu_11 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%add_10 : tensor<32x320xf32>) outs(%a1 : tensor<32x320xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<32x320xf32>
  bufferization.materialize_in_destination %relu_11 in restrict writable %arg3
      : (tensor<32x320xf32>, memref<32x320xf32>) -> ()
  return
}
