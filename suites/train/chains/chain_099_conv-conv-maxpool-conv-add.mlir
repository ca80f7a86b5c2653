func.func @main(%arg0: memref<8x24x15x15xf32>,
    %arg1: memref<8x3x2x2xf32>,
    %arg2: memref<32x24x1x1xf32>,
    %arg3: memref<32xf32>,
    %arg4: memref<192x32x3x3xf32>,
    %arg5: memref<192xf32>,
    %arg6: memref<3x192x3x3xf32>,
    %arg7: memref<8x3x2x2xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<8x24x15x15xf32>) -> tensor<8x24x15x15xf32>
  %a7 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<8x3x2x2xf32>) -> tensor<8x3x2x2xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<32x24x1x1xf32>) -> tensor<32x24x1x1xf32>
  %a3 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<32xf32>) -> tensor<32xf32>
  %a4 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<192x32x3x3xf32>) -> tensor<192x32x3x3xf32>
  %a5 = "bufferization.to_tensor"(%arg5) {restrict} : (memref<192xf32>) -> tensor<192xf32>
  %a6 = "bufferization.to_tensor"(%arg6) {restrict} : (memref<3x192x3x3xf32>) -> tensor<3x192x3x3xf32>
  %a1 = "bufferization.to_tensor"(%arg7) {restrict, writable} : (memref<8x3x2x2xf32>) -> tensor<8x3x2x2xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %cst1 = arith.constant 0xFF800000 : f32
  %e_1 = tensor.empty() : tensor<8x32x8x8xf32>
  %bias_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a3 : tensor<32xf32>) outs(%e_1 : tensor<8x32x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<8x32x8x8xf32>
  %conv_3 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%a0, %a2 : tensor<8x24x15x15xf32>, tensor<32x24x1x1xf32>) outs(%bias_2 : tensor<8x32x8x8xf32>) -> tensor<8x32x8x8xf32>
  %pad_4 = tensor.pad %conv_3 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<8x32x8x8xf32> to tensor<8x32x10x10xf32>
  %e_5 = tensor.empty() : tensor<8x192x8x8xf32>
  %bias_6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a5 : tensor<192xf32>) outs(%e_5 : tensor<8x192x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<8x192x8x8xf32>
  %conv_7 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_4, %a4 : tensor<8x32x10x10xf32>, tensor<192x32x3x3xf32>) outs(%bias_6 : tensor<8x192x8x8xf32>) -> tensor<8x192x8x8xf32>
  %e_8 = tensor.empty() : tensor<8x192x4x4xf32>
  %fill_9 = linalg.fill ins(%cst1 : f32) outs(%e_8 : tensor<8x192x4x4xf32>) -> tensor<8x192x4x4xf32>
  %e_10 = tensor.empty() : tensor<2x2xf32>
  %pool_11 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%conv_7, %e_10 : tensor<8x192x8x8xf32>, tensor<2x2xf32>) outs(%fill_9 : tensor<8x192x4x4xf32>) -> tensor<8x192x4x4xf32>
  %e_12 = tensor.empty() : tensor<8x3x2x2xf32>
  %fill_13 = linalg.fill ins(%cst0 : f32) outs(%e_12 : tensor<8x3x2x2xf32>) -> tensor<8x3x2x2xf32>
  %conv_14 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pool_11, %a6 : tensor<8x192x4x4xf32>, tensor<3x192x3x3xf32>) outs(%fill_13 : tensor<8x3x2x2xf32>) -> tensor<8x3x2x2xf32>
  %add_15 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_14, %a7 : tensor<8x3x2x2xf32>, tensor<8x3x2x2xf32>) outs(%a1 : tensor<8x3x2x2xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<8x3x2x2xf32>
  bufferization.materialize_in_destination %add_15 in restrict writable %arg7
      : (tensor<8x3x2x2xf32>, memref<8x3x2x2xf32>) -> ()
  return
}
