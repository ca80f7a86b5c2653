// Not valid MLIR: the matmul's operand list is cut short.
func.func @main(%A: memref<8x8xf32>, %O: memref<8x8xf32>) attributes {llvm.emit_c_interface} {
  %a = "bufferization.to_tensor"(%A) {restrict} : (memref<8x8xf32>) -> tensor<8x8xf32>
  %r = linalg.matmul ins(%a, : tensor<8x8xf32>
  return
}
