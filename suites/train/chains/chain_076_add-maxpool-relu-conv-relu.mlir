func.func @main(%arg0: memref<2x112x112x112xf32>,
    %arg1: memref<2x112x112x112xf32>,
    %arg2: memref<16x112x1x1xf32>,
    %arg3: memref<2x16x56x56xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<2x112x112x112xf32>) -> tensor<2x112x112x112xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<2x112x112x112xf32>) -> tensor<2x112x112x112xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<16x112x1x1xf32>) -> tensor<16x112x1x1xf32>
  %a1 = "bufferization.to_tensor"(%arg3) {restrict, writable} : (memref<2x16x56x56xf32>) -> tensor<2x16x56x56xf32>
  %cst0 = arith.constant 0xFF800000 : f32
  %cst1 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<2x112x112x112xf32>
  %add_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0, %a2 : tensor<2x112x112x112xf32>, tensor<2x112x112x112xf32>) outs(%e_1 : tensor<2x112x112x112xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<2x112x112x112xf32>
  %pad_3 = tensor.pad %add_2 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<2x112x112x112xf32> to tensor<2x112x114x114xf32>
  %e_4 = tensor.empty() : tensor<2x112x56x56xf32>
  %fill_5 = linalg.fill ins(%cst0 : f32) outs(%e_4 : tensor<2x112x56x56xf32>) -> tensor<2x112x56x56xf32>
  %e_6 = tensor.empty() : tensor<3x3xf32>
  %pool_7 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_3, %e_6 : tensor<2x112x114x114xf32>, tensor<3x3xf32>) outs(%fill_5 : tensor<2x112x56x56xf32>) -> tensor<2x112x56x56xf32>
  %e_8 = tensor.empty() : tensor<2x112x56x56xf32>
  %relu_9 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%pool_7 : tensor<2x112x56x56xf32>) outs(%e_8 : tensor<2x112x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<2x112x56x56xf32>
  %e_10 = tensor.empty() : tensor<2x16x56x56xf32>
  %fill_11 = linalg.fill ins(%cst1 : f32) outs(%e_10 : tensor<2x16x56x56xf32>) -> tensor<2x16x56x56xf32>
  %conv_12 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%relu_9, %a3 : tensor<2x112x56x56xf32>, tensor<16x112x1x1xf32>) outs(%fill_11 : tensor<2x16x56x56xf32>) -> tensor<2x16x56x56xf32>
  %relu_13 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_12 : tensor<2x16x56x56xf32>) outs(%a1 : tensor<2x16x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<2x16x56x56xf32>
  bufferization.materialize_in_destination %relu_13 in restrict writable %arg3
      : (tensor<2x16x56x56xf32>, memref<2x16x56x56xf32>) -> ()
  return
}
