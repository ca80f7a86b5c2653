func.func @main(%arg0: memref<8x16x16x16xf32>,
    %arg1: memref<8x112x16x16xf32>,
    %arg2: memref<16x16x3x3xf32>,
    %arg3: memref<112x16x3x3xf32>,
    %arg4: memref<112xf32>,
    %arg5: memref<8x112x16x16xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<8x16x16x16xf32>) -> tensor<8x16x16x16xf32>
  %a5 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<8x112x16x16xf32>) -> tensor<8x112x16x16xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<16x16x3x3xf32>) -> tensor<16x16x3x3xf32>
  %a3 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<112x16x3x3xf32>) -> tensor<112x16x3x3xf32>
  %a4 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<112xf32>) -> tensor<112xf32>
  %a1 = "bufferization.to_tensor"(%arg5) {restrict, writable} : (memref<8x112x16x16xf32>) -> tensor<8x112x16x16xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %pad_1 = tensor.pad %a0 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<8x16x16x16xf32> to tensor<8x16x18x18xf32>
  %e_2 = tensor.empty() : tensor<8x16x16x16xf32>
  %fill_3 = linalg.fill ins(%cst0 : f32) outs(%e_2 : tensor<8x16x16x16xf32>) -> tensor<8x16x16x16xf32>
  %conv_4 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_1, %a2 : tensor<8x16x18x18xf32>, tensor<16x16x3x3xf32>) outs(%fill_3 : tensor<8x16x16x16xf32>) -> tensor<8x16x16x16xf32>
  %e_5 = tensor.empty() : tensor<8x16x16x16xf32>
  %relu_6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_4 : tensor<8x16x16x16xf32>) outs(%e_5 : tensor<8x16x16x16xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<8x16x16x16xf32>
  %e_7 = tensor.empty() : tensor<8x16x16x16xf32>
  %add_8 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu_6, %a0 : tensor<8x16x16x16xf32>, tensor<8x16x16x16xf32>) outs(%e_7 : tensor<8x16x16x16xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<8x16x16x16xf32>
  %pad_9 = tensor.pad %add_8 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<8x16x16x16xf32> to tensor<8x16x18x18xf32>
  %e_10 = tensor.empty() : tensor<8x112x16x16xf32>
  %bias_11 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a4 : tensor<112xf32>) outs(%e_10 : tensor<8x112x16x16xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<8x112x16x16xf32>
  %conv_12 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_9, %a3 : tensor<8x16x18x18xf32>, tensor<112x16x3x3xf32>) outs(%bias_11 : tensor<8x112x16x16xf32>) -> tensor<8x112x16x16xf32>
  %add_13 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_12, %a5 : tensor<8x112x16x16xf32>, tensor<8x112x16x16xf32>) outs(%a1 : tensor<8x112x16x16xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<8x112x16x16xf32>
  bufferization.materialize_in_destination %add_13 in restrict writable %arg5
      : (tensor<8x112x16x16xf32>, memref<8x112x16x16xf32>) -> ()
  return
}
