func.func @main(%arg0: memref<8x64xf32>,
    %arg1: memref<64x384xf32>,
    %arg2: memref<384x200xf32>,
    %arg3: memref<8x200xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<8x64xf32>) -> tensor<8x64xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<64x384xf32>) -> tensor<64x384xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<384x200xf32>) -> tensor<384x200xf32>
  %a1 = "bufferization.to_tensor"(%arg3) {restrict, writable} : (memref<8x200xf32>) -> tensor<8x200xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<8x64xf32>
  %relu_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a0 : tensor<8x64xf32>) outs(%e_1 : tensor<8x64xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<8x64xf32>
  %e_3 = tensor.empty() : tensor<8x384xf32>
  %fill_4 = linalg.fill ins(%cst0 : f32) outs(%e_3 : tensor<8x384xf32>) -> tensor<8x384xf32>
  %mm_5 = linalg.matmul ins(%relu_2, %a2 : tensor<8x64xf32>, tensor<64x384xf32>) outs(%fill_4 : tensor<8x384xf32>) -> tensor<8x384xf32>
  %e_6 = tensor.empty() : tensor<8x384xf32>
  %relu_7 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm_5 : tensor<8x384xf32>) outs(%e_6 : tensor<8x384xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<8x384xf32>
  %e_8 = tensor.empty() : tensor<8x200xf32>
  %fill_9 = linalg.fill ins(%cst0 : f32) outs(%e_8 : tensor<8x200xf32>) -> tensor<8x200xf32>
  %mm_10 = linalg.matmul ins(%relu_7, %a3 : tensor<8x384xf32>, tensor<384x200xf32>) outs(%fill_9 : tensor<8x200xf32>) -> tensor<8x200xf32>
  %relu_11 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm_10 : tensor<8x200xf32>) outs(%a1 : tensor<8x200xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<8x200xf32>
  bufferization.materialize_in_destination %relu_11 in restrict writable %arg3
      : (tensor<8x200xf32>, memref<8x200xf32>) -> ()
  return
}
