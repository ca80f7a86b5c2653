func.func @main(%arg0: memref<4x96x24x24xf32>,
    %arg1: memref<4x96x12x12xf32>,
    %arg2: memref<40x96x1x1xf32>,
    %arg3: memref<4x40x2x2xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<4x96x24x24xf32>) -> tensor<4x96x24x24xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<4x96x12x12xf32>) -> tensor<4x96x12x12xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<40x96x1x1xf32>) -> tensor<40x96x1x1xf32>
  %a1 = "bufferization.to_tensor"(%arg3) {restrict, writable} : (memref<4x40x2x2xf32>) -> tensor<4x40x2x2xf32>
  %cst0 = arith.constant 0xFF800000 : f32
  %cst1 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<4x96x12x12xf32>
  %fill_2 = linalg.fill ins(%cst0 : f32) outs(%e_1 : tensor<4x96x12x12xf32>) -> tensor<4x96x12x12xf32>
  %e_3 = tensor.empty() : tensor<2x2xf32>
  %pool_4 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%a0, %e_3 : tensor<4x96x24x24xf32>, tensor<2x2xf32>) outs(%fill_2 : tensor<4x96x12x12xf32>) -> tensor<4x96x12x12xf32>
  %e_5 = tensor.empty() : tensor<4x96x12x12xf32>
  %add_6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%pool_4, %a2 : tensor<4x96x12x12xf32>, tensor<4x96x12x12xf32>) outs(%e_5 : tensor<4x96x12x12xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x96x12x12xf32>
  %e_7 = tensor.empty() : tensor<4x40x6x6xf32>
  %fill_8 = linalg.fill ins(%cst1 : f32) outs(%e_7 : tensor<4x40x6x6xf32>) -> tensor<4x40x6x6xf32>
  %conv_9 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%add_6, %a3 : tensor<4x96x12x12xf32>, tensor<40x96x1x1xf32>) outs(%fill_8 : tensor<4x40x6x6xf32>) -> tensor<4x40x6x6xf32>
  %e_10 = tensor.empty() : tensor<4x40x2x2xf32>
  %fill_11 = linalg.fill ins(%cst0 : f32) outs(%e_10 : tensor<4x40x2x2xf32>) -> tensor<4x40x2x2xf32>
  %e_12 = tensor.empty() : tensor<3x3xf32>
  %pool_13 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%conv_9, %e_12 : tensor<4x40x6x6xf32>, tensor<3x3xf32>) outs(%fill_11 : tensor<4x40x2x2xf32>) -> tensor<4x40x2x2xf32>
  %relu_14 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%pool_13 : tensor<4x40x2x2xf32>) outs(%a1 : tensor<4x40x2x2xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<4x40x2x2xf32>
  bufferization.materialize_in_destination %relu_14 in restrict writable %arg3
      : (tensor<4x40x2x2xf32>, memref<4x40x2x2xf32>) -> ()
  return
}
