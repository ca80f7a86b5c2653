// mlirrl pytorch single operator adaptiveavgpool_1x1280x7x7_to1x1 (op=adaptive_avgpool, input=[1, 1280, 7, 7], output_size=[1, 1])
func.func @main(%arg0: memref<1x1280x7x7xf32>,
    %arg1: memref<1x1280x1x1xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x1280x7x7xf32>) -> tensor<1x1280x7x7xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict, writable} : (memref<1x1280x1x1xf32>) -> tensor<1x1280x1x1xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %cst1 = arith.constant 2.040816327e-02 : f32
  %e_1 = tensor.empty() : tensor<1x1280x1x1xf32>
  %fill_2 = linalg.fill ins(%cst0 : f32) outs(%e_1 : tensor<1x1280x1x1xf32>) -> tensor<1x1280x1x1xf32>
  %e_3 = tensor.empty() : tensor<7x7xf32>
  %pool_4 = linalg.pooling_nchw_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<7> : tensor<2xi64>} ins(%a0, %e_3 : tensor<1x1280x7x7xf32>, tensor<7x7xf32>) outs(%fill_2 : tensor<1x1280x1x1xf32>) -> tensor<1x1280x1x1xf32>
  %scale_5 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%pool_4 : tensor<1x1280x1x1xf32>) outs(%a1 : tensor<1x1280x1x1xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.mulf %in0, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x1280x1x1xf32>
  bufferization.materialize_in_destination %scale_5 in restrict writable %arg1
      : (tensor<1x1280x1x1xf32>, memref<1x1280x1x1xf32>) -> ()
  return
}
