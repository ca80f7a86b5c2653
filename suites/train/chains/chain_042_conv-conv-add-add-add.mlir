func.func @main(%arg0: memref<1x112x30x30xf32>,
    %arg1: memref<1x40x30x30xf32>,
    %arg2: memref<1x40x30x30xf32>,
    %arg3: memref<8x112x1x1xf32>,
    %arg4: memref<40x8x3x3xf32>,
    %arg5: memref<40xf32>,
    %arg6: memref<1x40x30x30xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x112x30x30xf32>) -> tensor<1x112x30x30xf32>
  %a5 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<1x40x30x30xf32>) -> tensor<1x40x30x30xf32>
  %a6 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<1x40x30x30xf32>) -> tensor<1x40x30x30xf32>
  %a2 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<8x112x1x1xf32>) -> tensor<8x112x1x1xf32>
  %a3 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<40x8x3x3xf32>) -> tensor<40x8x3x3xf32>
  %a4 = "bufferization.to_tensor"(%arg5) {restrict} : (memref<40xf32>) -> tensor<40xf32>
  %a1 = "bufferization.to_tensor"(%arg6) {restrict, writable} : (memref<1x40x30x30xf32>) -> tensor<1x40x30x30xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<1x8x30x30xf32>
  %fill_2 = linalg.fill ins(%cst0 : f32) outs(%e_1 : tensor<1x8x30x30xf32>) -> tensor<1x8x30x30xf32>
  %conv_3 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%a0, %a2 : tensor<1x112x30x30xf32>, tensor<8x112x1x1xf32>) outs(%fill_2 : tensor<1x8x30x30xf32>) -> tensor<1x8x30x30xf32>
  %pad_4 = tensor.pad %conv_3 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x8x30x30xf32> to tensor<1x8x32x32xf32>
  %e_5 = tensor.empty() : tensor<1x40x30x30xf32>
  %bias_6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a4 : tensor<40xf32>) outs(%e_5 : tensor<1x40x30x30xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x40x30x30xf32>
  %conv_7 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_4, %a3 : tensor<1x8x32x32xf32>, tensor<40x8x3x3xf32>) outs(%bias_6 : tensor<1x40x30x30xf32>) -> tensor<1x40x30x30xf32>
  %e_8 = tensor.empty() : tensor<1x40x30x30xf32>
  %add_9 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_7, %a5 : tensor<1x40x30x30xf32>, tensor<1x40x30x30xf32>) outs(%e_8 : tensor<1x40x30x30xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x40x30x30xf32>
  %e_10 = tensor.empty() : tensor<1x40x30x30xf32>
  %add_11 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_9, %conv_7 : tensor<1x40x30x30xf32>, tensor<1x40x30x30xf32>) outs(%e_10 : tensor<1x40x30x30xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x40x30x30xf32>
  %add_12 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_11, %a6 : tensor<1x40x30x30xf32>, tensor<1x40x30x30xf32>) outs(%a1 : tensor<1x40x30x30xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x40x30x30xf32>
  bufferization.materialize_in_destination %add_12 in restrict writable %arg6
      : (tensor<1x40x30x30xf32>, memref<1x40x30x30xf32>) -> ()
  return
}
