func.func @main(%arg0: memref<16x16xf32>,
    %arg1: memref<16x150xf32>,
    %arg2: memref<150x224xf32>,
    %arg3: memref<224x49xf32>,
    %arg4: memref<16x49xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<16x16xf32>) -> tensor<16x16xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<16x150xf32>) -> tensor<16x150xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<150x224xf32>) -> tensor<150x224xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<224x49xf32>) -> tensor<224x49xf32>
  %a1 = "bufferization.to_tensor"(%arg4) {restrict, writable} : (memref<16x49xf32>) -> tensor<16x49xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<16x150xf32>
  %fill_2 = linalg.fill ins(%cst0 : f32) outs(%e_1 : tensor<16x150xf32>) -> tensor<16x150xf32>
  %mm_3 = linalg.matmul ins(%a0, %a2 : tensor<16x16xf32>, tensor<16x150xf32>) outs(%fill_2 : tensor<16x150xf32>) -> tensor<16x150xf32>
  %e_4 = tensor.empty() : tensor<16x224xf32>
  %fill_5 = linalg.fill ins(%cst0 : f32) outs(%e_4 : tensor<16x224xf32>) -> tensor<16x224xf32>
  %mm_6 = linalg.matmul ins(%mm_3, %a3 : tensor<16x150xf32>, tensor<150x224xf32>) outs(%fill_5 : tensor<16x224xf32>) -> tensor<16x224xf32>
  %e_7 = tensor.empty() : tensor<16x224xf32>
  %relu_8 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm_6 : tensor<16x224xf32>) outs(%e_7 : tensor<16x224xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<16x224xf32>
  %e_9 = tensor.empty() : tensor<16x49xf32>
  %fill_10 = linalg.fill ins(%cst0 : f32) outs(%e_9 : tensor<16x49xf32>) -> tensor<16x49xf32>
  %mm_11 = linalg.matmul ins(%relu_8, %a4 : tensor<16x224xf32>, tensor<224x49xf32>) outs(%fill_10 : tensor<16x49xf32>) -> tensor<16x49xf32>
  %relu_12 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm_11 : tensor<16x49xf32>) outs(%a1 : tensor<16x49xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<16x49xf32>
  bufferization.materialize_in_destination %relu_12 in restrict writable %arg4
      : (tensor<16x49xf32>, memref<16x49xf32>) -> ()
  return
}
