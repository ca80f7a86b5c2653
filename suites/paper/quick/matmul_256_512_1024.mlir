// mlirrl paper operator matmul_256_512_1024 (f64, batch 256)
func.func @main(%arg0: memref<256x512xf64>,
    %arg1: memref<512x1024xf64>,
    %arg2: memref<256x1024xf64>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<256x512xf64>) -> tensor<256x512xf64>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<512x1024xf64>) -> tensor<512x1024xf64>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<256x1024xf64>) -> tensor<256x1024xf64>
  %mm_1 = linalg.matmul ins(%a0, %a1 : tensor<256x512xf64>, tensor<512x1024xf64>) outs(%a2 : tensor<256x1024xf64>) -> tensor<256x1024xf64>
  bufferization.materialize_in_destination %mm_1 in restrict writable %arg2
      : (tensor<256x1024xf64>, memref<256x1024xf64>) -> ()
  return
}
