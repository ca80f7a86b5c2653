func.func @main(%arg0: memref<1x48x58x58xf32>,
    %arg1: memref<128x48x1x1xf32>,
    %arg2: memref<128xf32>,
    %arg3: memref<192x128x1x1xf32>,
    %arg4: memref<112x192x3x3xf32>,
    %arg5: memref<1x112x1x1xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x48x58x58xf32>) -> tensor<1x48x58x58xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<128x48x1x1xf32>) -> tensor<128x48x1x1xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<128xf32>) -> tensor<128xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<192x128x1x1xf32>) -> tensor<192x128x1x1xf32>
  %a5 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<112x192x3x3xf32>) -> tensor<112x192x3x3xf32>
  %a1 = "bufferization.to_tensor"(%arg5) {restrict, writable} : (memref<1x112x1x1xf32>) -> tensor<1x112x1x1xf32>
  %cst0 = arith.constant 0xFF800000 : f32
  %cst1 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<1x48x29x29xf32>
  %fill_2 = linalg.fill ins(%cst0 : f32) outs(%e_1 : tensor<1x48x29x29xf32>) -> tensor<1x48x29x29xf32>
  %e_3 = tensor.empty() : tensor<2x2xf32>
  %pool_4 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%a0, %e_3 : tensor<1x48x58x58xf32>, tensor<2x2xf32>) outs(%fill_2 : tensor<1x48x29x29xf32>) -> tensor<1x48x29x29xf32>
  %e_5 = tensor.empty() : tensor<1x128x15x15xf32>
  %bias_6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a3 : tensor<128xf32>) outs(%e_5 : tensor<1x128x15x15xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x128x15x15xf32>
  %conv_7 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pool_4, %a2 : tensor<1x48x29x29xf32>, tensor<128x48x1x1xf32>) outs(%bias_6 : tensor<1x128x15x15xf32>) -> tensor<1x128x15x15xf32>
  %e_8 = tensor.empty() : tensor<1x192x8x8xf32>
  %fill_9 = linalg.fill ins(%cst1 : f32) outs(%e_8 : tensor<1x192x8x8xf32>) -> tensor<1x192x8x8xf32>
  %conv_10 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%conv_7, %a4 : tensor<1x128x15x15xf32>, tensor<192x128x1x1xf32>) outs(%fill_9 : tensor<1x192x8x8xf32>) -> tensor<1x192x8x8xf32>
  %e_11 = tensor.empty() : tensor<1x192x3x3xf32>
  %fill_12 = linalg.fill ins(%cst0 : f32) outs(%e_11 : tensor<1x192x3x3xf32>) -> tensor<1x192x3x3xf32>
  %e_13 = tensor.empty() : tensor<3x3xf32>
  %pool_14 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%conv_10, %e_13 : tensor<1x192x8x8xf32>, tensor<3x3xf32>) outs(%fill_12 : tensor<1x192x3x3xf32>) -> tensor<1x192x3x3xf32>
  %fill_15 = linalg.fill ins(%cst1 : f32) outs(%a1 : tensor<1x112x1x1xf32>) -> tensor<1x112x1x1xf32>
  %conv_16 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pool_14, %a5 : tensor<1x192x3x3xf32>, tensor<112x192x3x3xf32>) outs(%fill_15 : tensor<1x112x1x1xf32>) -> tensor<1x112x1x1xf32>
  bufferization.materialize_in_destination %conv_16 in restrict writable %arg5
      : (tensor<1x112x1x1xf32>, memref<1x112x1x1xf32>) -> ()
  return
}
