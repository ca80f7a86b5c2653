func.func @main(%arg0: memref<16x56xf32>,
    %arg1: memref<16x56xf32>,
    %arg2: memref<16x56xf32>,
    %arg3: memref<56x576xf32>,
    %arg4: memref<576x200xf32>,
    %arg5: memref<16x200xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<16x56xf32>) -> tensor<16x56xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<16x56xf32>) -> tensor<16x56xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<16x56xf32>) -> tensor<16x56xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<56x576xf32>) -> tensor<56x576xf32>
  %a5 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<576x200xf32>) -> tensor<576x200xf32>
  %a1 = "bufferization.to_tensor"(%arg5) {restrict, writable} : (memref<16x200xf32>) -> tensor<16x200xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<16x56xf32>
  %add_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a0, %a2 : tensor<16x56xf32>, tensor<16x56xf32>) outs(%e_1 : tensor<16x56xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<16x56xf32>
  %e_3 = tensor.empty() : tensor<16x56xf32>
  %add_4 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%add_2, %a3 : tensor<16x56xf32>, tensor<16x56xf32>) outs(%e_3 : tensor<16x56xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<16x56xf32>
  %e_5 = tensor.empty() : tensor<16x56xf32>
  %add_6 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%add_4, %a0 : tensor<16x56xf32>, tensor<16x56xf32>) outs(%e_5 : tensor<16x56xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<16x56xf32>
  %e_7 = tensor.empty() : tensor<16x576xf32>
  %fill_8 = linalg.fill ins(%cst0 : f32) outs(%e_7 : tensor<16x576xf32>) -> tensor<16x576xf32>
  %mm_9 = linalg.matmul ins(%add_6, %a4 : tensor<16x56xf32>, tensor<56x576xf32>) outs(%fill_8 : tensor<16x576xf32>) -> tensor<16x576xf32>
  %fill_10 = linalg.fill ins(%cst0 : f32) outs(%a1 : tensor<16x200xf32>) -> tensor<16x200xf32>
  %mm_11 = linalg.matmul ins(%mm_9, %a5 : tensor<16x576xf32>, tensor<576x200xf32>) outs(%fill_10 : tensor<16x200xf32>) -> tensor<16x200xf32>
  bufferization.materialize_in_destination %mm_11 in restrict writable %arg5
      : (tensor<16x200xf32>, memref<16x200xf32>) -> ()
  return
}
