// mlirrl paper operator relu_256_512 (f64, batch 256)
func.func @main(%arg0: memref<256x512xf64>,
    %arg1: memref<256x512xf64>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<256x512xf64>) -> tensor<256x512xf64>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict, writable} : (memref<256x512xf64>) -> tensor<256x512xf64>
  %cst0 = arith.constant 0.00000000000000000e+00 : f64
  %relu_1 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a0 : tensor<256x512xf64>) outs(%a1 : tensor<256x512xf64>) {
  ^bb0(%in0: f64, %out: f64):
    %r = arith.maximumf %in0, %cst0 : f64
    linalg.yield %r : f64
  } -> tensor<256x512xf64>
  bufferization.materialize_in_destination %relu_1 in restrict writable %arg1
      : (tensor<256x512xf64>, memref<256x512xf64>) -> ()
  return
}
