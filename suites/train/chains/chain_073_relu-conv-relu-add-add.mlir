func.func @main(%arg0: memref<2x112x15x15xf32>,
    %arg1: memref<2x16x15x15xf32>,
    %arg2: memref<2x16x15x15xf32>,
    %arg3: memref<16x112x3x3xf32>,
    %arg4: memref<16xf32>,
    %arg5: memref<2x16x15x15xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<2x112x15x15xf32>) -> tensor<2x112x15x15xf32>
  %a4 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<2x16x15x15xf32>) -> tensor<2x16x15x15xf32>
  %a5 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<2x16x15x15xf32>) -> tensor<2x16x15x15xf32>
  %a2 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<16x112x3x3xf32>) -> tensor<16x112x3x3xf32>
  %a3 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<16xf32>) -> tensor<16xf32>
  %a1 = "bufferization.to_tensor"(%arg5) {restrict, writable} : (memref<2x16x15x15xf32>) -> tensor<2x16x15x15xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<2x112x15x15xf32>
  %relu_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0 : tensor<2x112x15x15xf32>) outs(%e_1 : tensor<2x112x15x15xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<2x112x15x15xf32>
  %pad_3 = tensor.pad %relu_2 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<2x112x15x15xf32> to tensor<2x112x17x17xf32>
  %e_4 = tensor.empty() : tensor<2x16x15x15xf32>
  %bias_5 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a3 : tensor<16xf32>) outs(%e_4 : tensor<2x16x15x15xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<2x16x15x15xf32>
  %conv_6 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_3, %a2 : tensor<2x112x17x17xf32>, tensor<16x112x3x3xf32>) outs(%bias_5 : tensor<2x16x15x15xf32>) -> tensor<2x16x15x15xf32>
  %e_7 = tensor.empty() : tensor<2x16x15x15xf32>
  %relu_8 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_6 : tensor<2x16x15x15xf32>) outs(%e_7 : tensor<2x16x15x15xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<2x16x15x15xf32>
  %e_9 = tensor.empty() : tensor<2x16x15x15xf32>
  %add_10 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu_8, %a4 : tensor<2x16x15x15xf32>, tensor<2x16x15x15xf32>) outs(%e_9 : tensor<2x16x15x15xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<2x16x15x15xf32>
  %add_11 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_10, %a5 : tensor<2x16x15x15xf32>, tensor<2x16x15x15xf32>) outs(%a1 : tensor<2x16x15x15xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<2x16x15x15xf32>
  bufferization.materialize_in_destination %add_11 in restrict writable %arg5
      : (tensor<2x16x15x15xf32>, memref<2x16x15x15xf32>) -> ()
  return
}
