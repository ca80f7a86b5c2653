func.func @main(%arg0: memref<4x8x112x112xf32>,
    %arg1: memref<4x8x112x112xf32>,
    %arg2: memref<4x8x56x56xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<4x8x112x112xf32>) -> tensor<4x8x112x112xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<4x8x112x112xf32>) -> tensor<4x8x112x112xf32>
  %a1 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<4x8x56x56xf32>) -> tensor<4x8x56x56xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %cst1 = arith.constant 0xFF800000 : f32
  %e_1 = tensor.empty() : tensor<4x8x112x112xf32>
  %relu_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0 : tensor<4x8x112x112xf32>) outs(%e_1 : tensor<4x8x112x112xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<4x8x112x112xf32>
  %e_3 = tensor.empty() : tensor<4x8x112x112xf32>
  %relu_4 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu_2 : tensor<4x8x112x112xf32>) outs(%e_3 : tensor<4x8x112x112xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<4x8x112x112xf32>
  %e_5 = tensor.empty() : tensor<4x8x112x112xf32>
  %relu_6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu_4 : tensor<4x8x112x112xf32>) outs(%e_5 : tensor<4x8x112x112xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<4x8x112x112xf32>
  %e_7 = tensor.empty() : tensor<4x8x112x112xf32>
  %add_8 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu_6, %a2 : tensor<4x8x112x112xf32>, tensor<4x8x112x112xf32>) outs(%e_7 : tensor<4x8x112x112xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x8x112x112xf32>
  %fill_9 = linalg.fill ins(%cst1 : f32) outs(%a1 : tensor<4x8x56x56xf32>) -> tensor<4x8x56x56xf32>
  %e_10 = tensor.empty() : tensor<2x2xf32>
  %pool_11 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%add_8, %e_10 : tensor<4x8x112x112xf32>, tensor<2x2xf32>) outs(%fill_9 : tensor<4x8x56x56xf32>) -> tensor<4x8x56x56xf32>
  bufferization.materialize_in_destination %pool_11 in restrict writable %arg2
      : (tensor<4x8x56x56xf32>, memref<4x8x56x56xf32>) -> ()
  return
}
