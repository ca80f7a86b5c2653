func.func @main(%arg0: memref<8x8x48x48xf32>,
    %arg1: memref<48x8x1x1xf32>,
    %arg2: memref<8x48x24x24xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<8x8x48x48xf32>) -> tensor<8x8x48x48xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<48x8x1x1xf32>) -> tensor<48x8x1x1xf32>
  %a1 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<8x48x24x24xf32>) -> tensor<8x48x24x24xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %cst1 = arith.constant 0xFF800000 : f32
  %e_1 = tensor.empty() : tensor<8x8x48x48xf32>
  %relu_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0 : tensor<8x8x48x48xf32>) outs(%e_1 : tensor<8x8x48x48xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<8x8x48x48xf32>
  %pad_3 = tensor.pad %relu_2 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst1 : f32
  } : tensor<8x8x48x48xf32> to tensor<8x8x50x50xf32>
  %e_4 = tensor.empty() : tensor<8x8x24x24xf32>
  %fill_5 = linalg.fill ins(%cst1 : f32) outs(%e_4 : tensor<8x8x24x24xf32>) -> tensor<8x8x24x24xf32>
  %e_6 = tensor.empty() : tensor<3x3xf32>
  %pool_7 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_3, %e_6 : tensor<8x8x50x50xf32>, tensor<3x3xf32>) outs(%fill_5 : tensor<8x8x24x24xf32>) -> tensor<8x8x24x24xf32>
  %e_8 = tensor.empty() : tensor<8x8x24x24xf32>
  %relu_9 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%pool_7 : tensor<8x8x24x24xf32>) outs(%e_8 : tensor<8x8x24x24xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<8x8x24x24xf32>
  %e_10 = tensor.empty() : tensor<8x8x24x24xf32>
  %add_11 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu_9, %pool_7 : tensor<8x8x24x24xf32>, tensor<8x8x24x24xf32>) outs(%e_10 : tensor<8x8x24x24xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<8x8x24x24xf32>
  %fill_12 = linalg.fill ins(%cst0 : f32) outs(%a1 : tensor<8x48x24x24xf32>) -> tensor<8x48x24x24xf32>
  %conv_13 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%add_11, %a2 : tensor<8x8x24x24xf32>, tensor<48x8x1x1xf32>) outs(%fill_12 : tensor<8x48x24x24xf32>) -> tensor<8x48x24x24xf32>
  bufferization.materialize_in_destination %conv_13 in restrict writable %arg2
      : (tensor<8x48x24x24xf32>, memref<8x48x24x24xf32>) -> ()
  return
}
