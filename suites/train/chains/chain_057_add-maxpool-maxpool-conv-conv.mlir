func.func @main(%arg0: memref<2x128x30x30xf32>,
    %arg1: memref<2x128x30x30xf32>,
    %arg2: memref<40x128x3x3xf32>,
    %arg3: memref<40xf32>,
    %arg4: memref<48x40x3x3xf32>,
    %arg5: memref<2x48x8x8xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<2x128x30x30xf32>) -> tensor<2x128x30x30xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<2x128x30x30xf32>) -> tensor<2x128x30x30xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<40x128x3x3xf32>) -> tensor<40x128x3x3xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<40xf32>) -> tensor<40xf32>
  %a5 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<48x40x3x3xf32>) -> tensor<48x40x3x3xf32>
  %a1 = "bufferization.to_tensor"(%arg5) {restrict, writable} : (memref<2x48x8x8xf32>) -> tensor<2x48x8x8xf32>
  %cst0 = arith.constant 0xFF800000 : f32
  %cst1 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<2x128x30x30xf32>
  %add_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0, %a2 : tensor<2x128x30x30xf32>, tensor<2x128x30x30xf32>) outs(%e_1 : tensor<2x128x30x30xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<2x128x30x30xf32>
  %pad_3 = tensor.pad %add_2 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<2x128x30x30xf32> to tensor<2x128x32x32xf32>
  %e_4 = tensor.empty() : tensor<2x128x15x15xf32>
  %fill_5 = linalg.fill ins(%cst0 : f32) outs(%e_4 : tensor<2x128x15x15xf32>) -> tensor<2x128x15x15xf32>
  %e_6 = tensor.empty() : tensor<3x3xf32>
  %pool_7 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_3, %e_6 : tensor<2x128x32x32xf32>, tensor<3x3xf32>) outs(%fill_5 : tensor<2x128x15x15xf32>) -> tensor<2x128x15x15xf32>
  %pad_8 = tensor.pad %pool_7 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<2x128x15x15xf32> to tensor<2x128x17x17xf32>
  %e_9 = tensor.empty() : tensor<2x128x8x8xf32>
  %fill_10 = linalg.fill ins(%cst0 : f32) outs(%e_9 : tensor<2x128x8x8xf32>) -> tensor<2x128x8x8xf32>
  %e_11 = tensor.empty() : tensor<3x3xf32>
  %pool_12 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_8, %e_11 : tensor<2x128x17x17xf32>, tensor<3x3xf32>) outs(%fill_10 : tensor<2x128x8x8xf32>) -> tensor<2x128x8x8xf32>
  %pad_13 = tensor.pad %pool_12 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst1 : f32
  } : tensor<2x128x8x8xf32> to tensor<2x128x10x10xf32>
  %e_14 = tensor.empty() : tensor<2x40x8x8xf32>
  %bias_15 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a4 : tensor<40xf32>) outs(%e_14 : tensor<2x40x8x8xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<2x40x8x8xf32>
  %conv_16 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_13, %a3 : tensor<2x128x10x10xf32>, tensor<40x128x3x3xf32>) outs(%bias_15 : tensor<2x40x8x8xf32>) -> tensor<2x40x8x8xf32>
  %pad_17 = tensor.pad %conv_16 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst1 : f32
  } : tensor<2x40x8x8xf32> to tensor<2x40x10x10xf32>
  %fill_18 = linalg.fill ins(%cst1 : f32) outs(%a1 : tensor<2x48x8x8xf32>) -> tensor<2x48x8x8xf32>
  %conv_19 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_17, %a5 : tensor<2x40x10x10xf32>, tensor<48x40x3x3xf32>) outs(%fill_18 : tensor<2x48x8x8xf32>) -> tensor<2x48x8x8xf32>
  bufferization.materialize_in_destination %conv_19 in restrict writable %arg5
      : (tensor<2x48x8x8xf32>, memref<2x48x8x8xf32>) -> ()
  return
}
