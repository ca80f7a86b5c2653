// elementwise chain: R = relu(A * B + D), A 128x256, B 256x128, D 128x128
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%A: memref<128x256xf32>, %B: memref<256x128xf32>, %D: memref<128x128xf32>,
                %R: memref<128x128xf32>) attributes {llvm.emit_c_interface} {
  %a = "bufferization.to_tensor"(%A) {restrict} : (memref<128x256xf32>) -> tensor<128x256xf32>
  %b = "bufferization.to_tensor"(%B) {restrict} : (memref<256x128xf32>) -> tensor<256x128xf32>
  %d = "bufferization.to_tensor"(%D) {restrict} : (memref<128x128xf32>) -> tensor<128x128xf32>
  %r0 = "bufferization.to_tensor"(%R) {restrict, writable} : (memref<128x128xf32>) -> tensor<128x128xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<128x128xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%e : tensor<128x128xf32>) -> tensor<128x128xf32>
  %mm = linalg.matmul ins(%a, %b : tensor<128x256xf32>, tensor<256x128xf32>)
                      outs(%acc : tensor<128x128xf32>) -> tensor<128x128xf32>
  %e2 = tensor.empty() : tensor<128x128xf32>
  %add = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%mm, %d : tensor<128x128xf32>, tensor<128x128xf32>) outs(%e2 : tensor<128x128xf32>) {
  ^bb0(%x: f32, %y: f32, %out: f32):
    %s = arith.addf %x, %y : f32
    linalg.yield %s : f32
  } -> tensor<128x128xf32>
  %relu = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%add : tensor<128x128xf32>) outs(%r0 : tensor<128x128xf32>) {
  ^bb0(%x: f32, %out: f32):
    %m = arith.maximumf %x, %zero : f32
    linalg.yield %m : f32
  } -> tensor<128x128xf32>
  bufferization.materialize_in_destination %relu in restrict writable %R
      : (tensor<128x128xf32>, memref<128x128xf32>) -> ()
  return
}
