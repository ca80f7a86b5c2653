func.func @main(%arg0: memref<48x320xf32>,
    %arg1: memref<320x512xf32>,
    %arg2: memref<48x512xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<48x320xf32>) -> tensor<48x320xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<320x512xf32>) -> tensor<320x512xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<48x512xf32>) -> tensor<48x512xf32>
  %mm_1 = linalg.matmul ins(%a0, %a1 : tensor<48x320xf32>, tensor<320x512xf32>) outs(%a2 : tensor<48x512xf32>) -> tensor<48x512xf32>
  bufferization.materialize_in_destination %mm_1 in restrict writable %arg2
      : (tensor<48x512xf32>, memref<48x512xf32>) -> ()
  return
}
