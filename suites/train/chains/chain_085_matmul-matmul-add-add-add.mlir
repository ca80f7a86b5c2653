func.func @main(%arg0: memref<256x56xf32>,
    %arg1: memref<256x576xf32>,
    %arg2: memref<256x576xf32>,
    %arg3: memref<56x196xf32>,
    %arg4: memref<196x576xf32>,
    %arg5: memref<256x576xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<256x56xf32>) -> tensor<256x56xf32>
  %a4 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<256x576xf32>) -> tensor<256x576xf32>
  %a5 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<256x576xf32>) -> tensor<256x576xf32>
  %a2 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<56x196xf32>) -> tensor<56x196xf32>
  %a3 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<196x576xf32>) -> tensor<196x576xf32>
  %a1 = "bufferization.to_tensor"(%arg5) {restrict, writable} : (memref<256x576xf32>) -> tensor<256x576xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<256x196xf32>
  %fill_2 = linalg.fill ins(%cst0 : f32) outs(%e_1 : tensor<256x196xf32>) -> tensor<256x196xf32>
  %mm_3 = linalg.matmul ins(%a0, %a2 : tensor<256x56xf32>, tensor<56x196xf32>) outs(%fill_2 : tensor<256x196xf32>) -> tensor<256x196xf32>
  %e_4 = tensor.empty() : tensor<256x576xf32>
  %fill_5 = linalg.fill ins(%cst0 : f32) outs(%e_4 : tensor<256x576xf32>) -> tensor<256x576xf32>
  %mm_6 = linalg.matmul ins(%mm_3, %a3 : tensor<256x196xf32>, tensor<196x576xf32>) outs(%fill_5 : tensor<256x576xf32>) -> tensor<256x576xf32>
  %e_7 = tensor.empty() : tensor<256x576xf32>
  %add_8 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm_6, %a4 : tensor<256x576xf32>, tensor<256x576xf32>) outs(%e_7 : tensor<256x576xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<256x576xf32>
  %e_9 = tensor.empty() : tensor<256x576xf32>
  %add_10 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%add_8, %a5 : tensor<256x576xf32>, tensor<256x576xf32>) outs(%e_9 : tensor<256x576xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<256x576xf32>
  %add_11 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%add_10, %add_8 : tensor<256x576xf32>, tensor<256x576xf32>) outs(%a1 : tensor<256x576xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<256x576xf32>
  bufferization.materialize_in_destination %add_11 in restrict writable %arg5
      : (tensor<256x576xf32>, memref<256x576xf32>) -> ()
  return
}
