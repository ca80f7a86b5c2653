// Forks (libc's fork, resolved by the JIT), then never terminates: the worker and its own
// child both spin in the loop, in the worker's process group. Only killing the whole group
// stops the child: it has no parent-death signal of its own.
func.func private @fork() -> i32

func.func @main(%A: memref<16xf32>, %O: memref<16xf32>) attributes {llvm.emit_c_interface} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %true = arith.constant true
  %one = arith.constant 1.0 : f32
  %pid = func.call @fork() : () -> i32
  %end = scf.while (%i = %c0) : (index) -> index {
    scf.condition(%true) %i : index
  } do {
  ^bb0(%i: index):
    memref.store %one, %O[%c0] : memref<16xf32>
    %n = arith.addi %i, %c1 : index
    scf.yield %n : index
  }
  %o = "bufferization.to_tensor"(%O) {restrict, writable} : (memref<16xf32>) -> tensor<16xf32>
  %r = linalg.fill ins(%one : f32) outs(%o : tensor<16xf32>) -> tensor<16xf32>
  bufferization.materialize_in_destination %r in restrict writable %O : (tensor<16xf32>, memref<16xf32>) -> ()
  return
}
