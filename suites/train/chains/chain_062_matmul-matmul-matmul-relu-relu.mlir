func.func @main(%arg0: memref<128x320xf32>,
    %arg1: memref<320x384xf32>,
    %arg2: memref<384x12xf32>,
    %arg3: memref<12x8xf32>,
    %arg4: memref<128x8xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<128x320xf32>) -> tensor<128x320xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<320x384xf32>) -> tensor<320x384xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<384x12xf32>) -> tensor<384x12xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<12x8xf32>) -> tensor<12x8xf32>
  %a1 = "bufferization.to_tensor"(%arg4) {restrict, writable} : (memref<128x8xf32>) -> tensor<128x8xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<128x384xf32>
  %fill_2 = linalg.fill ins(%cst0 : f32) outs(%e_1 : tensor<128x384xf32>) -> tensor<128x384xf32>
  %mm_3 = linalg.matmul ins(%a0, %a2 : tensor<128x320xf32>, tensor<320x384xf32>) outs(%fill_2 : tensor<128x384xf32>) -> tensor<128x384xf32>
  %e_4 = tensor.empty() : tensor<128x12xf32>
  %fill_5 = linalg.fill ins(%cst0 : f32) outs(%e_4 : tensor<128x12xf32>) -> tensor<128x12xf32>
  %mm_6 = linalg.matmul ins(%mm_3, %a3 : tensor<128x384xf32>, tensor<384x12xf32>) outs(%fill_5 : tensor<128x12xf32>) -> tensor<128x12xf32>
  %e_7 = tensor.empty() : tensor<128x8xf32>
  %fill_8 = linalg.fill ins(%cst0 : f32) outs(%e_7 : tensor<128x8xf32>) -> tensor<128x8xf32>
  %mm_9 = linalg.matmul ins(%mm_6, %a4 : tensor<128x12xf32>, tensor<12x8xf32>) outs(%fill_8 : tensor<128x8xf32>) -> tensor<128x8xf32>
  %e_10 = tensor.empty() : tensor<128x8xf32>
  %relu_11 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm_9 : tensor<128x8xf32>) outs(%e_10 : tensor<128x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<128x8xf32>
  %relu_12 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%relu_11 : tensor<128x8xf32>) outs(%a1 : tensor<128x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<128x8xf32>
  bufferization.materialize_in_destination %relu_12 in restrict writable %arg4
      : (tensor<128x8xf32>, memref<128x8xf32>) -> ()
  return
}
