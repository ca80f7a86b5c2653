func.func @main(%arg0: memref<128x224xf32>,
    %arg1: memref<224x28xf32>,
    %arg2: memref<28x64xf32>,
    %arg3: memref<64x150xf32>,
    %arg4: memref<150x128xf32>,
    %arg5: memref<128x128xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<128x224xf32>) -> tensor<128x224xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<224x28xf32>) -> tensor<224x28xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<28x64xf32>) -> tensor<28x64xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<64x150xf32>) -> tensor<64x150xf32>
  %a5 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<150x128xf32>) -> tensor<150x128xf32>
  %a1 = "bufferization.to_tensor"(%arg5) {restrict, writable} : (memref<128x128xf32>) -> tensor<128x128xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<128x28xf32>
  %fill_2 = linalg.fill ins(%cst0 : f32) outs(%e_1 : tensor<128x28xf32>) -> tensor<128x28xf32>
  %mm_3 = linalg.matmul ins(%a0, %a2 : tensor<128x224xf32>, tensor<224x28xf32>) outs(%fill_2 : tensor<128x28xf32>) -> tensor<128x28xf32>
  %e_4 = tensor.empty() : tensor<128x64xf32>
  %fill_5 = linalg.fill ins(%cst0 : f32) outs(%e_4 : tensor<128x64xf32>) -> tensor<128x64xf32>
  %mm_6 = linalg.matmul ins(%mm_3, %a3 : tensor<128x28xf32>, tensor<28x64xf32>) outs(%fill_5 : tensor<128x64xf32>) -> tensor<128x64xf32>
  %e_7 = tensor.empty() : tensor<128x64xf32>
  %relu_8 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm_6 : tensor<128x64xf32>) outs(%e_7 : tensor<128x64xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<128x64xf32>
  %e_9 = tensor.empty() : tensor<128x150xf32>
  %fill_10 = linalg.fill ins(%cst0 : f32) outs(%e_9 : tensor<128x150xf32>) -> tensor<128x150xf32>
  %mm_11 = linalg.matmul ins(%relu_8, %a4 : tensor<128x64xf32>, tensor<64x150xf32>) outs(%fill_10 : tensor<128x150xf32>) -> tensor<128x150xf32>
  %fill_12 = linalg.fill ins(%cst0 : f32) outs(%a1 : tensor<128x128xf32>) -> tensor<128x128xf32>
  %mm_13 = linalg.matmul ins(%mm_11, %a5 : tensor<128x150xf32>, tensor<150x128xf32>) outs(%fill_12 : tensor<128x128xf32>) -> tensor<128x128xf32>
  bufferization.materialize_in_destination %mm_13 in restrict writable %arg5
      : (tensor<128x128xf32>, memref<128x128xf32>) -> ()
  return
}
