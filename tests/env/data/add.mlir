// add 64x48 f32: O = A + B
func.func @main(%A: memref<64x48xf32>, %B: memref<64x48xf32>, %O: memref<64x48xf32>)
    attributes {llvm.emit_c_interface} {
  %a = "bufferization.to_tensor"(%A) {restrict} : (memref<64x48xf32>) -> tensor<64x48xf32>
  %b = "bufferization.to_tensor"(%B) {restrict} : (memref<64x48xf32>) -> tensor<64x48xf32>
  %o = "bufferization.to_tensor"(%O) {restrict, writable} : (memref<64x48xf32>) -> tensor<64x48xf32>
  %r = linalg.add ins(%a, %b : tensor<64x48xf32>, tensor<64x48xf32>) outs(%o : tensor<64x48xf32>) -> tensor<64x48xf32>
  bufferization.materialize_in_destination %r in restrict writable %O
      : (tensor<64x48xf32>, memref<64x48xf32>) -> ()
  return
}
