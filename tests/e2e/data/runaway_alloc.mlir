// Allocates 256 MiB per trip without ever freeing, and lets every address escape into the
// output so that no allocation can be optimized away: it runs into the worker's
// address-space limit (malloc returns null, the store through it faults).
llvm.func @malloc(i64) -> !llvm.ptr
func.func @main(%A: memref<16xf32>, %O: memref<16xf32>) attributes {llvm.emit_c_interface} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = arith.constant 1000000 : index
  %size = llvm.mlir.constant(268435456 : i64) : i64
  %byte = llvm.mlir.constant(1 : i8) : i8
  %zero = arith.constant 0 : i64
  %sum = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %zero) -> (i64) {
    %p = llvm.call @malloc(%size) : (i64) -> !llvm.ptr
    llvm.store volatile %byte, %p : i8, !llvm.ptr
    %a = llvm.ptrtoint %p : !llvm.ptr to i64
    %next = arith.xori %acc, %a : i64
    scf.yield %next : i64
  }
  %f = arith.uitofp %sum : i64 to f32
  %o = "bufferization.to_tensor"(%O) {restrict, writable} : (memref<16xf32>) -> tensor<16xf32>
  %r = linalg.fill ins(%f : f32) outs(%o : tensor<16xf32>) -> tensor<16xf32>
  bufferization.materialize_in_destination %r in restrict writable %O : (tensor<16xf32>, memref<16xf32>) -> ()
  return
}
