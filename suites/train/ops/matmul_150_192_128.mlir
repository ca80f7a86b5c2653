func.func @main(%arg0: memref<150x192xf32>,
    %arg1: memref<192x128xf32>,
    %arg2: memref<150x128xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<150x192xf32>) -> tensor<150x192xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<192x128xf32>) -> tensor<192x128xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<150x128xf32>) -> tensor<150x128xf32>
  %mm_1 = linalg.matmul ins(%a0, %a1 : tensor<150x192xf32>, tensor<192x128xf32>) outs(%a2 : tensor<150x128xf32>) -> tensor<150x128xf32>
  bufferization.materialize_in_destination %mm_1 in restrict writable %arg2
      : (tensor<150x128xf32>, memref<150x128xf32>) -> ()
  return
}
