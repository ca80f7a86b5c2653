func.func @main(%arg0: memref<8x40x20x20xf32>,
    %arg1: memref<8x16x20x20xf32>,
    %arg2: memref<16x40x1x1xf32>,
    %arg3: memref<128x16x1x1xf32>,
    %arg4: memref<128xf32>,
    %arg5: memref<8x128x20x20xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<8x40x20x20xf32>) -> tensor<8x40x20x20xf32>
  %a3 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<8x16x20x20xf32>) -> tensor<8x16x20x20xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<16x40x1x1xf32>) -> tensor<16x40x1x1xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<128x16x1x1xf32>) -> tensor<128x16x1x1xf32>
  %a5 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<128xf32>) -> tensor<128xf32>
  %a1 = "bufferization.to_tensor"(%arg5) {restrict, writable} : (memref<8x128x20x20xf32>) -> tensor<8x128x20x20xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<8x40x20x20xf32>
  %relu_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0 : tensor<8x40x20x20xf32>) outs(%e_1 : tensor<8x40x20x20xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<8x40x20x20xf32>
  %e_3 = tensor.empty() : tensor<8x16x20x20xf32>
  %fill_4 = linalg.fill ins(%cst0 : f32) outs(%e_3 : tensor<8x16x20x20xf32>) -> tensor<8x16x20x20xf32>
  %conv_5 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%relu_2, %a2 : tensor<8x40x20x20xf32>, tensor<16x40x1x1xf32>) outs(%fill_4 : tensor<8x16x20x20xf32>) -> tensor<8x16x20x20xf32>
  %e_6 = tensor.empty() : tensor<8x16x20x20xf32>
  %add_7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_5, %a3 : tensor<8x16x20x20xf32>, tensor<8x16x20x20xf32>) outs(%e_6 : tensor<8x16x20x20xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<8x16x20x20xf32>
  %e_8 = tensor.empty() : tensor<8x128x20x20xf32>
  %bias_9 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a5 : tensor<128xf32>) outs(%e_8 : tensor<8x128x20x20xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<8x128x20x20xf32>
  %conv_10 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%add_7, %a4 : tensor<8x16x20x20xf32>, tensor<128x16x1x1xf32>) outs(%bias_9 : tensor<8x128x20x20xf32>) -> tensor<8x128x20x20xf32>
  %relu_11 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_10 : tensor<8x128x20x20xf32>) outs(%a1 : tensor<8x128x20x20xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<8x128x20x20xf32>
  bufferization.materialize_in_destination %relu_11 in restrict writable %arg5
      : (tensor<8x128x20x20xf32>, memref<8x128x20x20xf32>) -> ()
  return
}
