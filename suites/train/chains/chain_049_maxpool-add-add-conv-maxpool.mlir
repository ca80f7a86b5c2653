func.func @main(%arg0: memref<4x128x40x40xf32>,
    %arg1: memref<4x128x20x20xf32>,
    %arg2: memref<8x128x3x3xf32>,
    %arg3: memref<4x8x10x10xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<4x128x40x40xf32>) -> tensor<4x128x40x40xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<4x128x20x20xf32>) -> tensor<4x128x20x20xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<8x128x3x3xf32>) -> tensor<8x128x3x3xf32>
  %a1 = "bufferization.to_tensor"(%arg3) {restrict, writable} : (memref<4x8x10x10xf32>) -> tensor<4x8x10x10xf32>
  %cst0 = arith.constant 0xFF800000 : f32
  %cst1 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<4x128x20x20xf32>
  %fill_2 = linalg.fill ins(%cst0 : f32) outs(%e_1 : tensor<4x128x20x20xf32>) -> tensor<4x128x20x20xf32>
  %e_3 = tensor.empty() : tensor<2x2xf32>
  %pool_4 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%a0, %e_3 : tensor<4x128x40x40xf32>, tensor<2x2xf32>) outs(%fill_2 : tensor<4x128x20x20xf32>) -> tensor<4x128x20x20xf32>
  %e_5 = tensor.empty() : tensor<4x128x20x20xf32>
  %add_6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%pool_4, %a2 : tensor<4x128x20x20xf32>, tensor<4x128x20x20xf32>) outs(%e_5 : tensor<4x128x20x20xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x128x20x20xf32>
  %e_7 = tensor.empty() : tensor<4x128x20x20xf32>
  %add_8 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_6, %pool_4 : tensor<4x128x20x20xf32>, tensor<4x128x20x20xf32>) outs(%e_7 : tensor<4x128x20x20xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x128x20x20xf32>
  %pad_9 = tensor.pad %add_8 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst1 : f32
  } : tensor<4x128x20x20xf32> to tensor<4x128x22x22xf32>
  %e_10 = tensor.empty() : tensor<4x8x20x20xf32>
  %fill_11 = linalg.fill ins(%cst1 : f32) outs(%e_10 : tensor<4x8x20x20xf32>) -> tensor<4x8x20x20xf32>
  %conv_12 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_9, %a3 : tensor<4x128x22x22xf32>, tensor<8x128x3x3xf32>) outs(%fill_11 : tensor<4x8x20x20xf32>) -> tensor<4x8x20x20xf32>
  %pad_13 = tensor.pad %conv_12 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<4x8x20x20xf32> to tensor<4x8x22x22xf32>
  %fill_14 = linalg.fill ins(%cst0 : f32) outs(%a1 : tensor<4x8x10x10xf32>) -> tensor<4x8x10x10xf32>
  %e_15 = tensor.empty() : tensor<3x3xf32>
  %pool_16 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_13, %e_15 : tensor<4x8x22x22xf32>, tensor<3x3xf32>) outs(%fill_14 : tensor<4x8x10x10xf32>) -> tensor<4x8x10x10xf32>
  bufferization.materialize_in_destination %pool_16 in restrict writable %arg3
      : (tensor<4x8x10x10xf32>, memref<4x8x10x10xf32>) -> ()
  return
}
