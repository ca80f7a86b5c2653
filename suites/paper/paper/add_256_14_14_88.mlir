// mlirrl paper operator add_256_14_14_88 (f64, batch 256)
func.func @main(%arg0: memref<256x14x14x88xf64>,
    %arg1: memref<256x14x14x88xf64>,
    %arg2: memref<256x14x14x88xf64>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<256x14x14x88xf64>) -> tensor<256x14x14x88xf64>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<256x14x14x88xf64>) -> tensor<256x14x14x88xf64>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<256x14x14x88xf64>) -> tensor<256x14x14x88xf64>
  %add_1 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0, %a1 : tensor<256x14x14x88xf64>, tensor<256x14x14x88xf64>) outs(%a2 : tensor<256x14x14x88xf64>) {
  ^bb0(%in0: f64, %in1: f64, %out: f64):
    %r = arith.addf %in0, %in1 : f64
    linalg.yield %r : f64
  } -> tensor<256x14x14x88xf64>
  bufferization.materialize_in_destination %add_1 in restrict writable %arg2
      : (tensor<256x14x14x88xf64>, memref<256x14x14x88xf64>) -> ()
  return
}
