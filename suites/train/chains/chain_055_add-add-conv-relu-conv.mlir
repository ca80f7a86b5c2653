func.func @main(%arg0: memref<1x24x58x58xf32>,
    %arg1: memref<1x24x58x58xf32>,
    %arg2: memref<32x24x3x3xf32>,
    %arg3: memref<48x32x3x3xf32>,
    %arg4: memref<48xf32>,
    %arg5: memref<1x48x29x29xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x24x58x58xf32>) -> tensor<1x24x58x58xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<1x24x58x58xf32>) -> tensor<1x24x58x58xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<32x24x3x3xf32>) -> tensor<32x24x3x3xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<48x32x3x3xf32>) -> tensor<48x32x3x3xf32>
  %a5 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<48xf32>) -> tensor<48xf32>
  %a1 = "bufferization.to_tensor"(%arg5) {restrict, writable} : (memref<1x48x29x29xf32>) -> tensor<1x48x29x29xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<1x24x58x58xf32>
  %add_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0, %a2 : tensor<1x24x58x58xf32>, tensor<1x24x58x58xf32>) outs(%e_1 : tensor<1x24x58x58xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x24x58x58xf32>
  %e_3 = tensor.empty() : tensor<1x24x58x58xf32>
  %add_4 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_2, %a0 : tensor<1x24x58x58xf32>, tensor<1x24x58x58xf32>) outs(%e_3 : tensor<1x24x58x58xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x24x58x58xf32>
  %pad_5 = tensor.pad %add_4 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x24x58x58xf32> to tensor<1x24x60x60xf32>
  %e_6 = tensor.empty() : tensor<1x32x58x58xf32>
  %fill_7 = linalg.fill ins(%cst0 : f32) outs(%e_6 : tensor<1x32x58x58xf32>) -> tensor<1x32x58x58xf32>
  %conv_8 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_5, %a3 : tensor<1x24x60x60xf32>, tensor<32x24x3x3xf32>) outs(%fill_7 : tensor<1x32x58x58xf32>) -> tensor<1x32x58x58xf32>
  %e_9 = tensor.empty() : tensor<1x32x58x58xf32>
  %relu_10 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_8 : tensor<1x32x58x58xf32>) outs(%e_9 : tensor<1x32x58x58xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x32x58x58xf32>
  %pad_11 = tensor.pad %relu_10 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x32x58x58xf32> to tensor<1x32x60x60xf32>
  %bias_12 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a5 : tensor<48xf32>) outs(%a1 : tensor<1x48x29x29xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x48x29x29xf32>
  %conv_13 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_11, %a4 : tensor<1x32x60x60xf32>, tensor<48x32x3x3xf32>) outs(%bias_12 : tensor<1x48x29x29xf32>) -> tensor<1x48x29x29xf32>
  bufferization.materialize_in_destination %conv_13 in restrict writable %arg5
      : (tensor<1x48x29x29xf32>, memref<1x48x29x29xf32>) -> ()
  return
}
