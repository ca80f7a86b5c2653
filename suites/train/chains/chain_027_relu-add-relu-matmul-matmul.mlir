func.func @main(%arg0: memref<64x12xf32>,
    %arg1: memref<12x448xf32>,
    %arg2: memref<448x49xf32>,
    %arg3: memref<64x49xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<64x12xf32>) -> tensor<64x12xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<12x448xf32>) -> tensor<12x448xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<448x49xf32>) -> tensor<448x49xf32>
  %a1 = "bufferization.to_tensor"(%arg3) {restrict, writable} : (memref<64x49xf32>) -> tensor<64x49xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<64x12xf32>
  %relu_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a0 : tensor<64x12xf32>) outs(%e_1 : tensor<64x12xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<64x12xf32>
  %e_3 = tensor.empty() : tensor<64x12xf32>
  %add_4 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%relu_2, %a0 : tensor<64x12xf32>, tensor<64x12xf32>) outs(%e_3 : tensor<64x12xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<64x12xf32>
  %e_5 = tensor.empty() : tensor<64x12xf32>
  %relu_6 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%add_4 : tensor<64x12xf32>) outs(%e_5 : tensor<64x12xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<64x12xf32>
  %e_7 = tensor.empty() : tensor<64x448xf32>
  %fill_8 = linalg.fill ins(%cst0 : f32) outs(%e_7 : tensor<64x448xf32>) -> tensor<64x448xf32>
  %mm_9 = linalg.matmul ins(%relu_6, %a2 : tensor<64x12xf32>, tensor<12x448xf32>) outs(%fill_8 : tensor<64x448xf32>) -> tensor<64x448xf32>
  %fill_10 = linalg.fill ins(%cst0 : f32) outs(%a1 : tensor<64x49xf32>) -> tensor<64x49xf32>
  %mm_11 = linalg.matmul ins(%mm_9, %a3 : tensor<64x448xf32>, tensor<448x49xf32>) outs(%fill_10 : tensor<64x49xf32>) -> tensor<64x49xf32>
  bufferization.materialize_in_destination %mm_11 in restrict writable %arg3
      : (tensor<64x49xf32>, memref<64x49xf32>) -> ()
  return
}
