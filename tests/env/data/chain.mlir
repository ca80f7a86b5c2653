// chain f32: O = relu(A * B + Bias), A 64x32, B 32x48; fill -> matmul -> add -> relu
func.func @main(%A: memref<64x32xf32>, %B: memref<32x48xf32>, %Bias: memref<64x48xf32>, %O: memref<64x48xf32>)
    attributes {llvm.emit_c_interface} {
  %a = "bufferization.to_tensor"(%A) {restrict} : (memref<64x32xf32>) -> tensor<64x32xf32>
  %b = "bufferization.to_tensor"(%B) {restrict} : (memref<32x48xf32>) -> tensor<32x48xf32>
  %bias = "bufferization.to_tensor"(%Bias) {restrict} : (memref<64x48xf32>) -> tensor<64x48xf32>
  %o = "bufferization.to_tensor"(%O) {restrict, writable} : (memref<64x48xf32>) -> tensor<64x48xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x48xf32>
  %z = linalg.fill ins(%zero : f32) outs(%e : tensor<64x48xf32>) -> tensor<64x48xf32>
  %mm = linalg.matmul ins(%a, %b : tensor<64x32xf32>, tensor<32x48xf32>)
                      outs(%z : tensor<64x48xf32>) -> tensor<64x48xf32>
  %e2 = tensor.empty() : tensor<64x48xf32>
  %s = linalg.add ins(%mm, %bias : tensor<64x48xf32>, tensor<64x48xf32>)
                  outs(%e2 : tensor<64x48xf32>) -> tensor<64x48xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>],
                       iterator_types = ["parallel", "parallel"]}
       ins(%s : tensor<64x48xf32>) outs(%o : tensor<64x48xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  } -> tensor<64x48xf32>
  bufferization.materialize_in_destination %r in restrict writable %O
      : (tensor<64x48xf32>, memref<64x48xf32>) -> ()
  return
}
