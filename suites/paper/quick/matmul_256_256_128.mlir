// mlirrl paper operator matmul_256_256_128 (f64, batch 256)
func.func @main(%arg0: memref<256x256xf64>,
    %arg1: memref<256x128xf64>,
    %arg2: memref<256x128xf64>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<256x256xf64>) -> tensor<256x256xf64>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<256x128xf64>) -> tensor<256x128xf64>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<256x128xf64>) -> tensor<256x128xf64>
  %mm_1 = linalg.matmul ins(%a0, %a1 : tensor<256x256xf64>, tensor<256x128xf64>) outs(%a2 : tensor<256x128xf64>) -> tensor<256x128xf64>
  bufferization.materialize_in_destination %mm_1 in restrict writable %arg2
      : (tensor<256x128xf64>, memref<256x128xf64>) -> ()
  return
}
