func.func @main(%arg0: memref<64x112xf32>,
    %arg1: memref<64x112xf32>,
    %arg2: memref<64x96xf32>,
    %arg3: memref<64x384xf32>,
    %arg4: memref<112x96xf32>,
    %arg5: memref<96x384xf32>,
    %arg6: memref<64x384xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<64x112xf32>) -> tensor<64x112xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<64x112xf32>) -> tensor<64x112xf32>
  %a4 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<64x96xf32>) -> tensor<64x96xf32>
  %a6 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<64x384xf32>) -> tensor<64x384xf32>
  %a3 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<112x96xf32>) -> tensor<112x96xf32>
  %a5 = "bufferization.to_tensor"(%arg5) {restrict} : (memref<96x384xf32>) -> tensor<96x384xf32>
  %a1 = "bufferization.to_tensor"(%arg6) {restrict, writable} : (memref<64x384xf32>) -> tensor<64x384xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<64x112xf32>
  %add_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a0, %a2 : tensor<64x112xf32>, tensor<64x112xf32>) outs(%e_1 : tensor<64x112xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<64x112xf32>
  %e_3 = tensor.empty() : tensor<64x96xf32>
  %fill_4 = linalg.fill ins(%cst0 : f32) outs(%e_3 : tensor<64x96xf32>) -> tensor<64x96xf32>
  %mm_5 = linalg.matmul ins(%add_2, %a3 : tensor<64x112xf32>, tensor<112x96xf32>) outs(%fill_4 : tensor<64x96xf32>) -> tensor<64x96xf32>
  %e_6 = tensor.empty() : tensor<64x96xf32>
  %add_7 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm_5, %a4 : tensor<64x96xf32>, tensor<64x96xf32>) outs(%e_6 : tensor<64x96xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<64x96xf32>
  %e_8 = tensor.empty() : tensor<64x384xf32>
  %fill_9 = linalg.fill ins(%cst0 : f32) outs(%e_8 : tensor<64x384xf32>) -> tensor<64x384xf32>
  %mm_10 = linalg.matmul ins(%add_7, %a5 : tensor<64x96xf32>, tensor<96x384xf32>) outs(%fill_9 : tensor<64x384xf32>) -> tensor<64x384xf32>
  %add_11 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm_10, %a6 : tensor<64x384xf32>, tensor<64x384xf32>) outs(%a1 : tensor<64x384xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<64x384xf32>
  bufferization.materialize_in_destination %add_11 in restrict writable %arg6
      : (tensor<64x384xf32>, memref<64x384xf32>) -> ()
  return
}
