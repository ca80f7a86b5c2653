func.func @main(%arg0: memref<32x384xf32>,
    %arg1: memref<32x8xf32>,
    %arg2: memref<384x8xf32>,
    %arg3: memref<8x192xf32>,
    %arg4: memref<192x192xf32>,
    %arg5: memref<32x192xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<32x384xf32>) -> tensor<32x384xf32>
  %a3 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<32x8xf32>) -> tensor<32x8xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<384x8xf32>) -> tensor<384x8xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<8x192xf32>) -> tensor<8x192xf32>
  %a5 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<192x192xf32>) -> tensor<192x192xf32>
  %a1 = "bufferization.to_tensor"(%arg5) {restrict, writable} : (memref<32x192xf32>) -> tensor<32x192xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<32x8xf32>
  %fill_2 = linalg.fill ins(%cst0 : f32) outs(%e_1 : tensor<32x8xf32>) -> tensor<32x8xf32>
  %mm_3 = linalg.matmul ins(%a0, %a2 : tensor<32x384xf32>, tensor<384x8xf32>) outs(%fill_2 : tensor<32x8xf32>) -> tensor<32x8xf32>
  %e_4 = tensor.empty() : tensor<32x8xf32>
  %add_5 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm_3, %a3 : tensor<32x8xf32>, tensor<32x8xf32>) outs(%e_4 : tensor<32x8xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<32x8xf32>
  %e_6 = tensor.empty() : tensor<32x192xf32>
  %fill_7 = linalg.fill ins(%cst0 : f32) outs(%e_6 : tensor<32x192xf32>) -> tensor<32x192xf32>
  %mm_8 = linalg.matmul ins(%add_5, %a4 : tensor<32x8xf32>, tensor<8x192xf32>) outs(%fill_7 : tensor<32x192xf32>) -> tensor<32x192xf32>
  %e_9 = tensor.empty() : tensor<32x192xf32>
  %fill_10 = linalg.fill ins(%cst0 : f32) outs(%e_9 : tensor<32x192xf32>) -> tensor<32x192xf32>
  %mm_11 = linalg.matmul ins(%mm_8, %a5 : tensor<32x192xf32>, tensor<192x192xf32>) outs(%fill_10 : tensor<32x192xf32>) -> tensor<32x192xf32>
  %add_12 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm_11, %mm_8 : tensor<32x192xf32>, tensor<32x192xf32>) outs(%a1 : tensor<32x192xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<32x192xf32>
  bufferization.materialize_in_destination %add_12 in restrict writable %arg5
      : (tensor<32x192xf32>, memref<32x192xf32>) -> ()
  return
}
