func.func @main(%arg0: memref<16x28xf32>,
    %arg1: memref<28x256xf32>,
    %arg2: memref<256x120xf32>,
    %arg3: memref<120x112xf32>,
    %arg4: memref<16x112xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<16x28xf32>) -> tensor<16x28xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<28x256xf32>) -> tensor<28x256xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<256x120xf32>) -> tensor<256x120xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<120x112xf32>) -> tensor<120x112xf32>
  %a1 = "bufferization.to_tensor"(%arg4) {restrict, writable} : (memref<16x112xf32>) -> tensor<16x112xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<16x256xf32>
  %fill_2 = linalg.fill ins(%cst0 : f32) outs(%e_1 : tensor<16x256xf32>) -> tensor<16x256xf32>
  %mm_3 = linalg.matmul ins(%a0, %a2 : tensor<16x28xf32>, tensor<28x256xf32>) outs(%fill_2 : tensor<16x256xf32>) -> tensor<16x256xf32>
  %e_4 = tensor.empty() : tensor<16x256xf32>
  %relu_5 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm_3 : tensor<16x256xf32>) outs(%e_4 : tensor<16x256xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<16x256xf32>
  %e_6 = tensor.empty() : tensor<16x120xf32>
  %fill_7 = linalg.fill ins(%cst0 : f32) outs(%e_6 : tensor<16x120xf32>) -> tensor<16x120xf32>
  %mm_8 = linalg.matmul ins(%relu_5, %a3 : tensor<16x256xf32>, tensor<256x120xf32>) outs(%fill_7 : tensor<16x120xf32>) -> tensor<16x120xf32>
  %e_9 = tensor.empty() : tensor<16x120xf32>
  %relu_10 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm_8 : tensor<16x120xf32>) outs(%e_9 : tensor<16x120xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<16x120xf32>
  %fill_11 = linalg.fill ins(%cst0 : f32) outs(%a1 : tensor<16x112xf32>) -> tensor<16x112xf32>
  %mm_12 = linalg.matmul ins(%relu_10, %a4 : tensor<16x120xf32>, tensor<120x112xf32>) outs(%fill_11 : tensor<16x112xf32>) -> tensor<16x112xf32>
  bufferization.materialize_in_destination %mm_12 in restrict writable %arg4
      : (tensor<16x112xf32>, memref<16x112xf32>) -> ()
  return
}
