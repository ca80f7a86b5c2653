func.func @main(%arg0: memref<8x128x32x32xf32>,
    %arg1: memref<8x128x15x15xf32>,
    %arg2: memref<8x128x15x15xf32>,
    %arg3: memref<8x128x7x7xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<8x128x32x32xf32>) -> tensor<8x128x32x32xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<8x128x15x15xf32>) -> tensor<8x128x15x15xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<8x128x15x15xf32>) -> tensor<8x128x15x15xf32>
  %a1 = "bufferization.to_tensor"(%arg3) {restrict, writable} : (memref<8x128x7x7xf32>) -> tensor<8x128x7x7xf32>
  %cst0 = arith.constant 0xFF800000 : f32
  %e_1 = tensor.empty() : tensor<8x128x15x15xf32>
  %fill_2 = linalg.fill ins(%cst0 : f32) outs(%e_1 : tensor<8x128x15x15xf32>) -> tensor<8x128x15x15xf32>
  %e_3 = tensor.empty() : tensor<3x3xf32>
  %pool_4 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%a0, %e_3 : tensor<8x128x32x32xf32>, tensor<3x3xf32>) outs(%fill_2 : tensor<8x128x15x15xf32>) -> tensor<8x128x15x15xf32>
  %e_5 = tensor.empty() : tensor<8x128x15x15xf32>
  %add_6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%pool_4, %a2 : tensor<8x128x15x15xf32>, tensor<8x128x15x15xf32>) outs(%e_5 : tensor<8x128x15x15xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<8x128x15x15xf32>
  %e_7 = tensor.empty() : tensor<8x128x15x15xf32>
  %add_8 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_6, %pool_4 : tensor<8x128x15x15xf32>, tensor<8x128x15x15xf32>) outs(%e_7 : tensor<8x128x15x15xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<8x128x15x15xf32>
  %e_9 = tensor.empty() : tensor<8x128x15x15xf32>
  %add_10 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_8, %a3 : tensor<8x128x15x15xf32>, tensor<8x128x15x15xf32>) outs(%e_9 : tensor<8x128x15x15xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<8x128x15x15xf32>
  %fill_11 = linalg.fill ins(%cst0 : f32) outs(%a1 : tensor<8x128x7x7xf32>) -> tensor<8x128x7x7xf32>
  %e_12 = tensor.empty() : tensor<3x3xf32>
  %pool_13 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%add_10, %e_12 : tensor<8x128x15x15xf32>, tensor<3x3xf32>) outs(%fill_11 : tensor<8x128x7x7xf32>) -> tensor<8x128x7x7xf32>
  bufferization.materialize_in_destination %pool_13 in restrict writable %arg3
      : (tensor<8x128x7x7xf32>, memref<8x128x7x7xf32>) -> ()
  return
}
