func.func @main(%arg0: memref<8x8x14x14xf32>,
    %arg1: memref<8x96x12x12xf32>,
    %arg2: memref<96x8x3x3xf32>,
    %arg3: memref<96xf32>,
    %arg4: memref<8x96x6x6xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<8x8x14x14xf32>) -> tensor<8x8x14x14xf32>
  %a4 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<8x96x12x12xf32>) -> tensor<8x96x12x12xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<96x8x3x3xf32>) -> tensor<96x8x3x3xf32>
  %a3 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<96xf32>) -> tensor<96xf32>
  %a1 = "bufferization.to_tensor"(%arg4) {restrict, writable} : (memref<8x96x6x6xf32>) -> tensor<8x96x6x6xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %cst1 = arith.constant 0xFF800000 : f32
  %e_1 = tensor.empty() : tensor<8x8x14x14xf32>
  %relu_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0 : tensor<8x8x14x14xf32>) outs(%e_1 : tensor<8x8x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<8x8x14x14xf32>
  %e_3 = tensor.empty() : tensor<8x8x14x14xf32>
  %relu_4 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu_2 : tensor<8x8x14x14xf32>) outs(%e_3 : tensor<8x8x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<8x8x14x14xf32>
  %e_5 = tensor.empty() : tensor<8x96x12x12xf32>
  %bias_6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a3 : tensor<96xf32>) outs(%e_5 : tensor<8x96x12x12xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<8x96x12x12xf32>
  %conv_7 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%relu_4, %a2 : tensor<8x8x14x14xf32>, tensor<96x8x3x3xf32>) outs(%bias_6 : tensor<8x96x12x12xf32>) -> tensor<8x96x12x12xf32>
  %e_8 = tensor.empty() : tensor<8x96x12x12xf32>
  %add_9 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_7, %a4 : tensor<8x96x12x12xf32>, tensor<8x96x12x12xf32>) outs(%e_8 : tensor<8x96x12x12xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<8x96x12x12xf32>
  %fill_10 = linalg.fill ins(%cst1 : f32) outs(%a1 : tensor<8x96x6x6xf32>) -> tensor<8x96x6x6xf32>
  %e_11 = tensor.empty() : tensor<2x2xf32>
  %pool_12 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%add_9, %e_11 : tensor<8x96x12x12xf32>, tensor<2x2xf32>) outs(%fill_10 : tensor<8x96x6x6xf32>) -> tensor<8x96x6x6xf32>
  bufferization.materialize_in_destination %pool_12 in restrict writable %arg4
      : (tensor<8x96x6x6xf32>, memref<8x96x6x6xf32>) -> ()
  return
}
