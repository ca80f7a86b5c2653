func.func @main(%arg0: memref<256x256xf32>,
    %arg1: memref<256x96xf32>,
    %arg2: memref<256x96xf32>,
    %arg3: memref<96x12xf32>,
    %arg4: memref<256x12xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<256x256xf32>) -> tensor<256x256xf32>
  %a3 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<256x96xf32>) -> tensor<256x96xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<256x96xf32>) -> tensor<256x96xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<96x12xf32>) -> tensor<96x12xf32>
  %a1 = "bufferization.to_tensor"(%arg4) {restrict, writable} : (memref<256x12xf32>) -> tensor<256x12xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<256x96xf32>
  %fill_2 = linalg.fill ins(%cst0 : f32) outs(%e_1 : tensor<256x96xf32>) -> tensor<256x96xf32>
  %mm_3 = linalg.matmul ins(%a0, %a2 : tensor<256x256xf32>, tensor<256x96xf32>) outs(%fill_2 : tensor<256x96xf32>) -> tensor<256x96xf32>
  %e_4 = tensor.empty() : tensor<256x96xf32>
  %add_5 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm_3, %a3 : tensor<256x96xf32>, tensor<256x96xf32>) outs(%e_4 : tensor<256x96xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<256x96xf32>
  %e_6 = tensor.empty() : tensor<256x96xf32>
  %add_7 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%add_5, %mm_3 : tensor<256x96xf32>, tensor<256x96xf32>) outs(%e_6 : tensor<256x96xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<256x96xf32>
  %e_8 = tensor.empty() : tensor<256x96xf32>
  %relu_9 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%add_7 : tensor<256x96xf32>) outs(%e_8 : tensor<256x96xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<256x96xf32>
  %fill_10 = linalg.fill ins(%cst0 : f32) outs(%a1 : tensor<256x12xf32>) -> tensor<256x12xf32>
  %mm_11 = linalg.matmul ins(%relu_9, %a4 : tensor<256x96xf32>, tensor<96x12xf32>) outs(%fill_10 : tensor<256x12xf32>) -> tensor<256x12xf32>
  bufferization.materialize_in_destination %mm_11 in restrict writable %arg4
      : (tensor<256x12xf32>, memref<256x12xf32>) -> ()
  return
}
