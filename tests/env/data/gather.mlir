// row gather with floordiv f32: O[i][j] = A[i floordiv 4][j] * 2, O 64x32, A 16x32
func.func @main(%A: memref<16x32xf32>, %O: memref<64x32xf32>)
    attributes {llvm.emit_c_interface} {
  %a = "bufferization.to_tensor"(%A) {restrict} : (memref<16x32xf32>) -> tensor<16x32xf32>
  %o = "bufferization.to_tensor"(%O) {restrict, writable} : (memref<64x32xf32>) -> tensor<64x32xf32>
  %two = arith.constant 2.0 : f32
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0 floordiv 4, d1)>, affine_map<(d0, d1) -> (d0, d1)>],
                       iterator_types = ["parallel", "parallel"]}
       ins(%a : tensor<16x32xf32>) outs(%o : tensor<64x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.mulf %in, %two : f32
    linalg.yield %m : f32
  } -> tensor<64x32xf32>
  bufferization.materialize_in_destination %r in restrict writable %O
      : (tensor<64x32xf32>, memref<64x32xf32>) -> ()
  return
}
