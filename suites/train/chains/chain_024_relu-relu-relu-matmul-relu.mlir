func.func @main(%arg0: memref<64x320xf32>,
    %arg1: memref<320x112xf32>,
    %arg2: memref<64x112xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<64x320xf32>) -> tensor<64x320xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<320x112xf32>) -> tensor<320x112xf32>
  %a1 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<64x112xf32>) -> tensor<64x112xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<64x320xf32>
  %relu_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a0 : tensor<64x320xf32>) outs(%e_1 : tensor<64x320xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<64x320xf32>
  %e_3 = tensor.empty() : tensor<64x320xf32>
  %relu_4 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%relu_2 : tensor<64x320xf32>) outs(%e_3 : tensor<64x320xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<64x320xf32>
  %e_5 = tensor.empty() : tensor<64x320xf32>
  %relu_6 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%relu_4 : tensor<64x320xf32>) outs(%e_5 : tensor<64x320xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<64x320xf32>
  %e_7 = tensor.empty() : tensor<64x112xf32>
  %fill_8 = linalg.fill ins(%cst0 : f32) outs(%e_7 : tensor<64x112xf32>) -> tensor<64x112xf32>
  %mm_9 = linalg.matmul ins(%relu_6, %a2 : tensor<64x320xf32>, tensor<320x112xf32>) outs(%fill_8 : tensor<64x112xf32>) -> tensor<64x112xf32>
  %relu_10 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm_9 : tensor<64x112xf32>) outs(%a1 : tensor<64x112xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<64x112xf32>
  bufferization.materialize_in_destination %relu_10 in restrict writable %arg2
      : (tensor<64x112xf32>, memref<64x112xf32>) -> ()
  return
}
