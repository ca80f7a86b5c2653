// matmul 64x32x48 f32: C += A * B
func.func @main(%A: memref<64x32xf32>, %B: memref<32x48xf32>, %C: memref<64x48xf32>)
    attributes {llvm.emit_c_interface} {
  %a = "bufferization.to_tensor"(%A) {restrict} : (memref<64x32xf32>) -> tensor<64x32xf32>
  %b = "bufferization.to_tensor"(%B) {restrict} : (memref<32x48xf32>) -> tensor<32x48xf32>
  %c = "bufferization.to_tensor"(%C) {restrict, writable} : (memref<64x48xf32>) -> tensor<64x48xf32>
  %r = linalg.matmul ins(%a, %b : tensor<64x32xf32>, tensor<32x48xf32>)
                     outs(%c : tensor<64x48xf32>) -> tensor<64x48xf32>
  bufferization.materialize_in_destination %r in restrict writable %C
      : (tensor<64x48xf32>, memref<64x48xf32>) -> ()
  return
}
