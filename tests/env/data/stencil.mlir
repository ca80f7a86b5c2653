// 1-D stencil with offsets and a constant index f32: O[i] = X[i] + A[i+1]*A[i+2] - C[3], i < 60
func.func @main(%X: memref<60xf32>, %A: memref<62xf32>, %C: memref<8xf32>, %O: memref<60xf32>)
    attributes {llvm.emit_c_interface} {
  %x = "bufferization.to_tensor"(%X) {restrict} : (memref<60xf32>) -> tensor<60xf32>
  %a = "bufferization.to_tensor"(%A) {restrict} : (memref<62xf32>) -> tensor<62xf32>
  %c = "bufferization.to_tensor"(%C) {restrict} : (memref<8xf32>) -> tensor<8xf32>
  %o = "bufferization.to_tensor"(%O) {restrict, writable} : (memref<60xf32>) -> tensor<60xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0 + 1)>,
                                        affine_map<(d0) -> (d0 + 2)>, affine_map<(d0) -> (3)>,
                                        affine_map<(d0) -> (d0)>],
                       iterator_types = ["parallel"]}
       ins(%x, %a, %a, %c : tensor<60xf32>, tensor<62xf32>, tensor<62xf32>, tensor<8xf32>) outs(%o : tensor<60xf32>) {
  ^bb0(%x0: f32, %x1: f32, %x2: f32, %k: f32, %out: f32):
    %p = arith.mulf %x1, %x2 : f32
    %s = arith.addf %x0, %p : f32
    %d = arith.subf %s, %k : f32
    linalg.yield %d : f32
  } -> tensor<60xf32>
  bufferization.materialize_in_destination %r in restrict writable %O
      : (tensor<60xf32>, memref<60xf32>) -> ()
  return
}
