func.func @main(%arg0: memref<8x3x14x14xf32>,
    %arg1: memref<8x40x7x7xf32>,
    %arg2: memref<80x3x3x3xf32>,
    %arg3: memref<80xf32>,
    %arg4: memref<40x80x1x1xf32>,
    %arg5: memref<40xf32>,
    %arg6: memref<64x40x3x3xf32>,
    %arg7: memref<8x64x7x7xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<8x3x14x14xf32>) -> tensor<8x3x14x14xf32>
  %a6 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<8x40x7x7xf32>) -> tensor<8x40x7x7xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<80x3x3x3xf32>) -> tensor<80x3x3x3xf32>
  %a3 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<80xf32>) -> tensor<80xf32>
  %a4 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<40x80x1x1xf32>) -> tensor<40x80x1x1xf32>
  %a5 = "bufferization.to_tensor"(%arg5) {restrict} : (memref<40xf32>) -> tensor<40xf32>
  %a7 = "bufferization.to_tensor"(%arg6) {restrict} : (memref<64x40x3x3xf32>) -> tensor<64x40x3x3xf32>
  %a1 = "bufferization.to_tensor"(%arg7) {restrict, writable} : (memref<8x64x7x7xf32>) -> tensor<8x64x7x7xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %pad_1 = tensor.pad %a0 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<8x3x14x14xf32> to tensor<8x3x16x16xf32>
  %e_2 = tensor.empty() : tensor<8x80x14x14xf32>
  %bias_3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a3 : tensor<80xf32>) outs(%e_2 : tensor<8x80x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<8x80x14x14xf32>
  %conv_4 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_1, %a2 : tensor<8x3x16x16xf32>, tensor<80x3x3x3xf32>) outs(%bias_3 : tensor<8x80x14x14xf32>) -> tensor<8x80x14x14xf32>
  %e_5 = tensor.empty() : tensor<8x40x7x7xf32>
  %bias_6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a5 : tensor<40xf32>) outs(%e_5 : tensor<8x40x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<8x40x7x7xf32>
  %conv_7 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%conv_4, %a4 : tensor<8x80x14x14xf32>, tensor<40x80x1x1xf32>) outs(%bias_6 : tensor<8x40x7x7xf32>) -> tensor<8x40x7x7xf32>
  %e_8 = tensor.empty() : tensor<8x40x7x7xf32>
  %add_9 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_7, %a6 : tensor<8x40x7x7xf32>, tensor<8x40x7x7xf32>) outs(%e_8 : tensor<8x40x7x7xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<8x40x7x7xf32>
  %pad_10 = tensor.pad %add_9 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<8x40x7x7xf32> to tensor<8x40x9x9xf32>
  %e_11 = tensor.empty() : tensor<8x64x7x7xf32>
  %fill_12 = linalg.fill ins(%cst0 : f32) outs(%e_11 : tensor<8x64x7x7xf32>) -> tensor<8x64x7x7xf32>
  %conv_13 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_10, %a7 : tensor<8x40x9x9xf32>, tensor<64x40x3x3xf32>) outs(%fill_12 : tensor<8x64x7x7xf32>) -> tensor<8x64x7x7xf32>
  %relu_14 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_13 : tensor<8x64x7x7xf32>) outs(%a1 : tensor<8x64x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<8x64x7x7xf32>
  bufferization.materialize_in_destination %relu_14 in restrict writable %arg7
      : (tensor<8x64x7x7xf32>, memref<8x64x7x7xf32>) -> ()
  return
}
