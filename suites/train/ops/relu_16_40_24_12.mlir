func.func @main(%arg0: memref<16x40x24x12xf32>,
    %arg1: memref<16x40x24x12xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<16x40x24x12xf32>) -> tensor<16x40x24x12xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict, writable} : (memref<16x40x24x12xf32>) -> tensor<16x40x24x12xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %relu_1 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0 : tensor<16x40x24x12xf32>) outs(%a1 : tensor<16x40x24x12xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<16x40x24x12xf32>
  bufferization.materialize_in_destination %relu_1 in restrict writable %arg1
      : (tensor<16x40x24x12xf32>, memref<16x40x24x12xf32>) -> ()
  return
}
