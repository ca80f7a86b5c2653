func.func @main(%arg0: memref<112x576xf32>,
    %arg1: memref<576x64xf32>,
    %arg2: memref<112x64xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<112x576xf32>) -> tensor<112x576xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<576x64xf32>) -> tensor<576x64xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<112x64xf32>) -> tensor<112x64xf32>
  %mm_1 = linalg.matmul ins(%a0, %a1 : tensor<112x576xf32>, tensor<576x64xf32>) outs(%a2 : tensor<112x64xf32>) -> tensor<112x64xf32>
  bufferization.materialize_in_destination %mm_1 in restrict writable %arg2
      : (tensor<112x64xf32>, memref<112x64xf32>) -> ()
  return
}
