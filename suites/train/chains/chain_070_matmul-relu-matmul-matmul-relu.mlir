func.func @main(%arg0: memref<4x24xf32>,
    %arg1: memref<24x512xf32>,
    %arg2: memref<512x150xf32>,
    %arg3: memref<150x448xf32>,
    %arg4: memref<4x448xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<4x24xf32>) -> tensor<4x24xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<24x512xf32>) -> tensor<24x512xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<512x150xf32>) -> tensor<512x150xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<150x448xf32>) -> tensor<150x448xf32>
  %a1 = "bufferization.to_tensor"(%arg4) {restrict, writable} : (memref<4x448xf32>) -> tensor<4x448xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<4x512xf32>
  %fill_2 = linalg.fill ins(%cst0 : f32) outs(%e_1 : tensor<4x512xf32>) -> tensor<4x512xf32>
  %mm_3 = linalg.matmul ins(%a0, %a2 : tensor<4x24xf32>, tensor<24x512xf32>) outs(%fill_2 : tensor<4x512xf32>) -> tensor<4x512xf32>
  %e_4 = tensor.empty() : tensor<4x512xf32>
  %relu_5 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm_3 : tensor<4x512xf32>) outs(%e_4 : tensor<4x512xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<4x512xf32>
  %e_6 = tensor.empty() : tensor<4x150xf32>
  %fill_7 = linalg.fill ins(%cst0 : f32) outs(%e_6 : tensor<4x150xf32>) -> tensor<4x150xf32>
  %mm_8 = linalg.matmul ins(%relu_5, %a3 : tensor<4x512xf32>, tensor<512x150xf32>) outs(%fill_7 : tensor<4x150xf32>) -> tensor<4x150xf32>
  %e_9 = tensor.empty() : tensor<4x448xf32>
  %fill_10 = linalg.fill ins(%cst0 : f32) outs(%e_9 : tensor<4x448xf32>) -> tensor<4x448xf32>
  %mm_11 = linalg.matmul ins(%mm_8, %a4 : tensor<4x150xf32>, tensor<150x448xf32>) outs(%fill_10 : tensor<4x448xf32>) -> tensor<4x448xf32>
  %relu_12 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm_11 : tensor<4x448xf32>) outs(%a1 : tensor<4x448xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<4x448xf32>
  bufferization.materialize_in_destination %relu_12 in restrict writable %arg4
      : (tensor<4x448xf32>, memref<4x448xf32>) -> ()
  return
}
