// Loads far outside its argument at run time: the worker dies of SIGSEGV.
func.func @main(%A: memref<16xf32>, %O: memref<16xf32>) attributes {llvm.emit_c_interface} {
  %o = "bufferization.to_tensor"(%O) {restrict, writable} : (memref<16xf32>) -> tensor<16xf32>
  %far = arith.constant 1099511627776 : index
  %v = memref.load %A[%far] : memref<16xf32>
  %r = linalg.fill ins(%v : f32) outs(%o : tensor<16xf32>) -> tensor<16xf32>
  bufferization.materialize_in_destination %r in restrict writable %O : (tensor<16xf32>, memref<16xf32>) -> ()
  return
}
