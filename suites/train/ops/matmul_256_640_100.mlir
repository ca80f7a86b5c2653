func.func @main(%arg0: memref<256x640xf32>,
    %arg1: memref<640x100xf32>,
    %arg2: memref<256x100xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<256x640xf32>) -> tensor<256x640xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<640x100xf32>) -> tensor<640x100xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<256x100xf32>) -> tensor<256x100xf32>
  %mm_1 = linalg.matmul ins(%a0, %a1 : tensor<256x640xf32>, tensor<640x100xf32>) outs(%a2 : tensor<256x100xf32>) -> tensor<256x100xf32>
  bufferization.materialize_in_destination %mm_1 in restrict writable %arg2
      : (tensor<256x100xf32>, memref<256x100xf32>) -> ()
  return
}
