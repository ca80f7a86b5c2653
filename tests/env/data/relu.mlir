// relu 64x48 f32: O = max(A, 0)
func.func @main(%A: memref<64x48xf32>, %O: memref<64x48xf32>)
    attributes {llvm.emit_c_interface} {
  %a = "bufferization.to_tensor"(%A) {restrict} : (memref<64x48xf32>) -> tensor<64x48xf32>
  %o = "bufferization.to_tensor"(%O) {restrict, writable} : (memref<64x48xf32>) -> tensor<64x48xf32>
  %zero = arith.constant 0.0 : f32
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>],
                       iterator_types = ["parallel", "parallel"]}
       ins(%a : tensor<64x48xf32>) outs(%o : tensor<64x48xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  } -> tensor<64x48xf32>
  bufferization.materialize_in_destination %r in restrict writable %O
      : (tensor<64x48xf32>, memref<64x48xf32>) -> ()
  return
}
