func.func @main(%arg0: memref<16x112xf32>,
    %arg1: memref<112x448xf32>,
    %arg2: memref<448x150xf32>,
    %arg3: memref<150x24xf32>,
    %arg4: memref<24x256xf32>,
    %arg5: memref<16x256xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<16x112xf32>) -> tensor<16x112xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<112x448xf32>) -> tensor<112x448xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<448x150xf32>) -> tensor<448x150xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<150x24xf32>) -> tensor<150x24xf32>
  %a5 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<24x256xf32>) -> tensor<24x256xf32>
  %a1 = "bufferization.to_tensor"(%arg5) {restrict, writable} : (memref<16x256xf32>) -> tensor<16x256xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<16x112xf32>
  %relu_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a0 : tensor<16x112xf32>) outs(%e_1 : tensor<16x112xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<16x112xf32>
  %e_3 = tensor.empty() : tensor<16x448xf32>
  %fill_4 = linalg.fill ins(%cst0 : f32) outs(%e_3 : tensor<16x448xf32>) -> tensor<16x448xf32>
  %mm_5 = linalg.matmul ins(%relu_2, %a2 : tensor<16x112xf32>, tensor<112x448xf32>) outs(%fill_4 : tensor<16x448xf32>) -> tensor<16x448xf32>
  %e_6 = tensor.empty() : tensor<16x150xf32>
  %fill_7 = linalg.fill ins(%cst0 : f32) outs(%e_6 : tensor<16x150xf32>) -> tensor<16x150xf32>
  %mm_8 = linalg.matmul ins(%mm_5, %a3 : tensor<16x448xf32>, tensor<448x150xf32>) outs(%fill_7 : tensor<16x150xf32>) -> tensor<16x150xf32>
  %e_9 = tensor.empty() : tensor<16x24xf32>
  %fill_10 = linalg.fill ins(%cst0 : f32) outs(%e_9 : tensor<16x24xf32>) -> tensor<16x24xf32>
  %mm_11 = linalg.matmul ins(%mm_8, %a4 : tensor<16x150xf32>, tensor<150x24xf32>) outs(%fill_10 : tensor<16x24xf32>) -> tensor<16x24xf32>
  %fill_12 = linalg.fill ins(%cst0 : f32) outs(%a1 : tensor<16x256xf32>) -> tensor<16x256xf32>
  %mm_13 = linalg.matmul ins(%mm_11, %a5 : tensor<16x24xf32>, tensor<24x256xf32>) outs(%fill_12 : tensor<16x256xf32>) -> tensor<16x256xf32>
  bufferization.materialize_in_destination %mm_13 in restrict writable %arg5
      : (tensor<16x256xf32>, memref<16x256xf32>) -> ()
  return
}
