func.func @main(%arg0: memref<100x256xf32>,
    %arg1: memref<256x112xf32>,
    %arg2: memref<100x112xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<100x256xf32>) -> tensor<100x256xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<256x112xf32>) -> tensor<256x112xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<100x112xf32>) -> tensor<100x112xf32>
  %mm_1 = linalg.matmul ins(%a0, %a1 : tensor<100x256xf32>, tensor<256x112xf32>) outs(%a2 : tensor<100x112xf32>) -> tensor<100x112xf32>
  bufferization.materialize_in_destination %mm_1 in restrict writable %arg2
      : (tensor<100x112xf32>, memref<100x112xf32>) -> ()
  return
}
