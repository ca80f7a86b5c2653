// mlirrl pytorch single operator relu6_1x144x56x56 (op=relu6, shape=[1, 144, 56, 56])
func.func @main(%arg0: memref<1x144x56x56xf32>,
    %arg1: memref<1x144x56x56xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x144x56x56xf32>) -> tensor<1x144x56x56xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict, writable} : (memref<1x144x56x56xf32>) -> tensor<1x144x56x56xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %cst1 = arith.constant 6.000000000e+00 : f32
  %relu6_1 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0 : tensor<1x144x56x56xf32>) outs(%a1 : tensor<1x144x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x144x56x56xf32>
  bufferization.materialize_in_destination %relu6_1 in restrict writable %arg1
      : (tensor<1x144x56x56xf32>, memref<1x144x56x56xf32>) -> ()
  return
}
