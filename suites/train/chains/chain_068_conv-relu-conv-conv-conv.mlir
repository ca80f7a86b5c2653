func.func @main(%arg0: memref<1x24x15x15xf32>,
    %arg1: memref<48x24x1x1xf32>,
    %arg2: memref<48x48x1x1xf32>,
    %arg3: memref<48xf32>,
    %arg4: memref<160x48x3x3xf32>,
    %arg5: memref<160xf32>,
    %arg6: memref<8x160x1x1xf32>,
    %arg7: memref<1x8x6x6xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x24x15x15xf32>) -> tensor<1x24x15x15xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<48x24x1x1xf32>) -> tensor<48x24x1x1xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<48x48x1x1xf32>) -> tensor<48x48x1x1xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<48xf32>) -> tensor<48xf32>
  %a5 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<160x48x3x3xf32>) -> tensor<160x48x3x3xf32>
  %a6 = "bufferization.to_tensor"(%arg5) {restrict} : (memref<160xf32>) -> tensor<160xf32>
  %a7 = "bufferization.to_tensor"(%arg6) {restrict} : (memref<8x160x1x1xf32>) -> tensor<8x160x1x1xf32>
  %a1 = "bufferization.to_tensor"(%arg7) {restrict, writable} : (memref<1x8x6x6xf32>) -> tensor<1x8x6x6xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<1x48x8x8xf32>
  %fill_2 = linalg.fill ins(%cst0 : f32) outs(%e_1 : tensor<1x48x8x8xf32>) -> tensor<1x48x8x8xf32>
  %conv_3 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%a0, %a2 : tensor<1x24x15x15xf32>, tensor<48x24x1x1xf32>) outs(%fill_2 : tensor<1x48x8x8xf32>) -> tensor<1x48x8x8xf32>
  %e_4 = tensor.empty() : tensor<1x48x8x8xf32>
  %relu_5 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_3 : tensor<1x48x8x8xf32>) outs(%e_4 : tensor<1x48x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x48x8x8xf32>
  %e_6 = tensor.empty() : tensor<1x48x8x8xf32>
  %bias_7 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a4 : tensor<48xf32>) outs(%e_6 : tensor<1x48x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x48x8x8xf32>
  %conv_8 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%relu_5, %a3 : tensor<1x48x8x8xf32>, tensor<48x48x1x1xf32>) outs(%bias_7 : tensor<1x48x8x8xf32>) -> tensor<1x48x8x8xf32>
  %e_9 = tensor.empty() : tensor<1x160x6x6xf32>
  %bias_10 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a6 : tensor<160xf32>) outs(%e_9 : tensor<1x160x6x6xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x160x6x6xf32>
  %conv_11 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%conv_8, %a5 : tensor<1x48x8x8xf32>, tensor<160x48x3x3xf32>) outs(%bias_10 : tensor<1x160x6x6xf32>) -> tensor<1x160x6x6xf32>
  %fill_12 = linalg.fill ins(%cst0 : f32) outs(%a1 : tensor<1x8x6x6xf32>) -> tensor<1x8x6x6xf32>
  %conv_13 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%conv_11, %a7 : tensor<1x160x6x6xf32>, tensor<8x160x1x1xf32>) outs(%fill_12 : tensor<1x8x6x6xf32>) -> tensor<1x8x6x6xf32>
  bufferization.materialize_in_destination %conv_13 in restrict writable %arg7
      : (tensor<1x8x6x6xf32>, memref<1x8x6x6xf32>) -> ()
  return
}
