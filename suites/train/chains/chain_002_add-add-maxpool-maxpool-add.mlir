func.func @main(%arg0: memref<4x112x28x28xf32>,
    %arg1: memref<4x112x28x28xf32>,
    %arg2: memref<4x112x28x28xf32>,
    %arg3: memref<4x112x7x7xf32>,
    %arg4: memref<4x112x7x7xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<4x112x28x28xf32>) -> tensor<4x112x28x28xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<4x112x28x28xf32>) -> tensor<4x112x28x28xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<4x112x28x28xf32>) -> tensor<4x112x28x28xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<4x112x7x7xf32>) -> tensor<4x112x7x7xf32>
  %a1 = "bufferization.to_tensor"(%arg4) {restrict, writable} : (memref<4x112x7x7xf32>) -> tensor<4x112x7x7xf32>
  %cst0 = arith.constant 0xFF800000 : f32
  %e_1 = tensor.empty() : tensor<4x112x28x28xf32>
  %add_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0, %a2 : tensor<4x112x28x28xf32>, tensor<4x112x28x28xf32>) outs(%e_1 : tensor<4x112x28x28xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x112x28x28xf32>
  %e_3 = tensor.empty() : tensor<4x112x28x28xf32>
  %add_4 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_2, %a3 : tensor<4x112x28x28xf32>, tensor<4x112x28x28xf32>) outs(%e_3 : tensor<4x112x28x28xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x112x28x28xf32>
  %pad_5 = tensor.pad %add_4 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<4x112x28x28xf32> to tensor<4x112x30x30xf32>
  %e_6 = tensor.empty() : tensor<4x112x14x14xf32>
  %fill_7 = linalg.fill ins(%cst0 : f32) outs(%e_6 : tensor<4x112x14x14xf32>) -> tensor<4x112x14x14xf32>
  %e_8 = tensor.empty() : tensor<3x3xf32>
  %pool_9 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_5, %e_8 : tensor<4x112x30x30xf32>, tensor<3x3xf32>) outs(%fill_7 : tensor<4x112x14x14xf32>) -> tensor<4x112x14x14xf32>
  %e_10 = tensor.empty() : tensor<4x112x7x7xf32>
  %fill_11 = linalg.fill ins(%cst0 : f32) outs(%e_10 : tensor<4x112x7x7xf32>) -> tensor<4x112x7x7xf32>
  %e_12 = tensor.empty() : tensor<2x2xf32>
  %pool_13 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pool_9, %e_12 : tensor<4x112x14x14xf32>, tensor<2x2xf32>) outs(%fill_11 : tensor<4x112x7x7xf32>) -> tensor<4x112x7x7xf32>
  %add_14 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%pool_13, %a4 : tensor<4x112x7x7xf32>, tensor<4x112x7x7xf32>) outs(%a1 : tensor<4x112x7x7xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x112x7x7xf32>
  bufferization.materialize_in_destination %add_14 in restrict writable %arg4
      : (tensor<4x112x7x7xf32>, memref<4x112x7x7xf32>) -> ()
  return
}
