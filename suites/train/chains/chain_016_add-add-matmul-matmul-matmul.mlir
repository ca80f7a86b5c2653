func.func @main(%arg0: memref<32x120xf32>,
    %arg1: memref<32x120xf32>,
    %arg2: memref<32x120xf32>,
    %arg3: memref<120x320xf32>,
    %arg4: memref<320x200xf32>,
    %arg5: memref<200x120xf32>,
    %arg6: memref<32x120xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<32x120xf32>) -> tensor<32x120xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<32x120xf32>) -> tensor<32x120xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<32x120xf32>) -> tensor<32x120xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<120x320xf32>) -> tensor<120x320xf32>
  %a5 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<320x200xf32>) -> tensor<320x200xf32>
  %a6 = "bufferization.to_tensor"(%arg5) {restrict} : (memref<200x120xf32>) -> tensor<200x120xf32>
  %a1 = "bufferization.to_tensor"(%arg6) {restrict, writable} : (memref<32x120xf32>) -> tensor<32x120xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<32x120xf32>
  %add_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a0, %a2 : tensor<32x120xf32>, tensor<32x120xf32>) outs(%e_1 : tensor<32x120xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<32x120xf32>
  %e_3 = tensor.empty() : tensor<32x120xf32>
  %add_4 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%add_2, %a3 : tensor<32x120xf32>, tensor<32x120xf32>) outs(%e_3 : tensor<32x120xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<32x120xf32>
  %e_5 = tensor.empty() : tensor<32x320xf32>
  %fill_6 = linalg.fill ins(%cst0 : f32) outs(%e_5 : tensor<32x320xf32>) -> tensor<32x320xf32>
  %mm_7 = linalg.matmul ins(%add_4, %a4 : tensor<32x120xf32>, tensor<120x320xf32>) outs(%fill_6 : tensor<32x320xf32>) -> tensor<32x320xf32>
  %e_8 = tensor.empty() : tensor<32x200xf32>
  %fill_9 = linalg.fill ins(%cst0 : f32) outs(%e_8 : tensor<32x200xf32>) -> tensor<32x200xf32>
  %mm_10 = linalg.matmul ins(%mm_7, %a5 : tensor<32x320xf32>, tensor<320x200xf32>) outs(%fill_9 : tensor<32x200xf32>) -> tensor<32x200xf32>
  %fill_11 = linalg.fill ins(%cst0 : f32) outs(%a1 : tensor<32x120xf32>) -> tensor<32x120xf32>
  %mm_12 = linalg.matmul ins(%mm_10, %a6 : tensor<32x200xf32>, tensor<200x120xf32>) outs(%fill_11 : tensor<32x120xf32>) -> tensor<32x120xf32>
  bufferization.materialize_in_destination %mm_12 in restrict writable %arg6
      : (tensor<32x120xf32>, memref<32x120xf32>) -> ()
  return
}
