func.func @main(%arg0: memref<64x1024xf32>,
    %arg1: memref<1024x56xf32>,
    %arg2: memref<64x56xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<64x1024xf32>) -> tensor<64x1024xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<1024x56xf32>) -> tensor<1024x56xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<64x56xf32>) -> tensor<64x56xf32>
  %mm_1 = linalg.matmul ins(%a0, %a1 : tensor<64x1024xf32>, tensor<1024x56xf32>) outs(%a2 : tensor<64x56xf32>) -> tensor<64x56xf32>
  bufferization.materialize_in_destination %mm_1 in restrict writable %arg2
      : (tensor<64x56xf32>, memref<64x56xf32>) -> ()
  return
}
