func.func @main(%arg0: memref<4x16x35x35xf32>,
    %arg1: memref<4x16x35x35xf32>,
    %arg2: memref<4x16x35x35xf32>,
    %arg3: memref<4x16x35x35xf32>,
    %arg4: memref<16x16x3x3xf32>,
    %arg5: memref<16xf32>,
    %arg6: memref<40x16x1x1xf32>,
    %arg7: memref<40xf32>,
    %arg8: memref<4x40x35x35xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<4x16x35x35xf32>) -> tensor<4x16x35x35xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<4x16x35x35xf32>) -> tensor<4x16x35x35xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<4x16x35x35xf32>) -> tensor<4x16x35x35xf32>
  %a6 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<4x16x35x35xf32>) -> tensor<4x16x35x35xf32>
  %a4 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<16x16x3x3xf32>) -> tensor<16x16x3x3xf32>
  %a5 = "bufferization.to_tensor"(%arg5) {restrict} : (memref<16xf32>) -> tensor<16xf32>
  %a7 = "bufferization.to_tensor"(%arg6) {restrict} : (memref<40x16x1x1xf32>) -> tensor<40x16x1x1xf32>
  %a8 = "bufferization.to_tensor"(%arg7) {restrict} : (memref<40xf32>) -> tensor<40xf32>
  %a1 = "bufferization.to_tensor"(%arg8) {restrict, writable} : (memref<4x40x35x35xf32>) -> tensor<4x40x35x35xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<4x16x35x35xf32>
  %add_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0, %a2 : tensor<4x16x35x35xf32>, tensor<4x16x35x35xf32>) outs(%e_1 : tensor<4x16x35x35xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x16x35x35xf32>
  %e_3 = tensor.empty() : tensor<4x16x35x35xf32>
  %add_4 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_2, %a3 : tensor<4x16x35x35xf32>, tensor<4x16x35x35xf32>) outs(%e_3 : tensor<4x16x35x35xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x16x35x35xf32>
  %pad_5 = tensor.pad %add_4 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<4x16x35x35xf32> to tensor<4x16x37x37xf32>
  %e_6 = tensor.empty() : tensor<4x16x35x35xf32>
  %bias_7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a5 : tensor<16xf32>) outs(%e_6 : tensor<4x16x35x35xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<4x16x35x35xf32>
  %conv_8 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_5, %a4 : tensor<4x16x37x37xf32>, tensor<16x16x3x3xf32>) outs(%bias_7 : tensor<4x16x35x35xf32>) -> tensor<4x16x35x35xf32>
  %e_9 = tensor.empty() : tensor<4x16x35x35xf32>
  %add_10 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_8, %a6 : tensor<4x16x35x35xf32>, tensor<4x16x35x35xf32>) outs(%e_9 : tensor<4x16x35x35xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x16x35x35xf32>
  %bias_11 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a8 : tensor<40xf32>) outs(%a1 : tensor<4x40x35x35xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<4x40x35x35xf32>
  %conv_12 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%add_10, %a7 : tensor<4x16x35x35xf32>, tensor<40x16x1x1xf32>) outs(%bias_11 : tensor<4x40x35x35xf32>) -> tensor<4x40x35x35xf32>
  bufferization.materialize_in_destination %conv_12 in restrict writable %arg8
      : (tensor<4x40x35x35xf32>, memref<4x40x35x35xf32>) -> ()
  return
}
