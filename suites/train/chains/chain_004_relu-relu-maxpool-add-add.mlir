func.func @main(%arg0: memref<2x64x56x56xf32>,
    %arg1: memref<2x64x28x28xf32>,
    %arg2: memref<2x64x28x28xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<2x64x56x56xf32>) -> tensor<2x64x56x56xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<2x64x28x28xf32>) -> tensor<2x64x28x28xf32>
  %a1 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<2x64x28x28xf32>) -> tensor<2x64x28x28xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %cst1 = arith.constant 0xFF800000 : f32
  %e_1 = tensor.empty() : tensor<2x64x56x56xf32>
  %relu_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0 : tensor<2x64x56x56xf32>) outs(%e_1 : tensor<2x64x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<2x64x56x56xf32>
  %e_3 = tensor.empty() : tensor<2x64x56x56xf32>
  %relu_4 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu_2 : tensor<2x64x56x56xf32>) outs(%e_3 : tensor<2x64x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<2x64x56x56xf32>
  %pad_5 = tensor.pad %relu_4 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst1 : f32
  } : tensor<2x64x56x56xf32> to tensor<2x64x58x58xf32>
  %e_6 = tensor.empty() : tensor<2x64x28x28xf32>
  %fill_7 = linalg.fill ins(%cst1 : f32) outs(%e_6 : tensor<2x64x28x28xf32>) -> tensor<2x64x28x28xf32>
  %e_8 = tensor.empty() : tensor<3x3xf32>
  %pool_9 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_5, %e_8 : tensor<2x64x58x58xf32>, tensor<3x3xf32>) outs(%fill_7 : tensor<2x64x28x28xf32>) -> tensor<2x64x28x28xf32>
  %e_10 = tensor.empty() : tensor<2x64x28x28xf32>
  %add_11 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%pool_9, %a2 : tensor<2x64x28x28xf32>, tensor<2x64x28x28xf32>) outs(%e_10 : tensor<2x64x28x28xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<2x64x28x28xf32>
  %add_12 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_11, %pool_9 : tensor<2x64x28x28xf32>, tensor<2x64x28x28xf32>) outs(%a1 : tensor<2x64x28x28xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<2x64x28x28xf32>
  bufferization.materialize_in_destination %add_12 in restrict writable %arg2
      : (tensor<2x64x28x28xf32>, memref<2x64x28x28xf32>) -> ()
  return
}
