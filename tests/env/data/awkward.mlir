// add 7x12x56x112 f32 with awkward loop bounds: O = A + B
func.func @main(%A: memref<7x12x56x112xf32>, %B: memref<7x12x56x112xf32>, %O: memref<7x12x56x112xf32>)
    attributes {llvm.emit_c_interface} {
  %a = "bufferization.to_tensor"(%A) {restrict} : (memref<7x12x56x112xf32>) -> tensor<7x12x56x112xf32>
  %b = "bufferization.to_tensor"(%B) {restrict} : (memref<7x12x56x112xf32>) -> tensor<7x12x56x112xf32>
  %o = "bufferization.to_tensor"(%O) {restrict, writable} : (memref<7x12x56x112xf32>) -> tensor<7x12x56x112xf32>
  %r = linalg.add ins(%a, %b : tensor<7x12x56x112xf32>, tensor<7x12x56x112xf32>)
                  outs(%o : tensor<7x12x56x112xf32>) -> tensor<7x12x56x112xf32>
  bufferization.materialize_in_destination %r in restrict writable %O
      : (tensor<7x12x56x112xf32>, memref<7x12x56x112xf32>) -> ()
  return
}
