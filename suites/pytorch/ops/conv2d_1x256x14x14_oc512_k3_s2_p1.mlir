// mlirrl pytorch single operator conv2d_1x256x14x14_oc512_k3_s2_p1 (op=conv2d, input=[1, 256, 14, 14], weight=[512, 256, 3, 3], stride=2, padding=1, dilation=1, groups=1, bias=True)
func.func @main(%arg0: memref<1x256x14x14xf32>,
    %arg1: memref<512x256x3x3xf32>,
    %arg2: memref<512xf32>,
    %arg3: memref<1x512x7x7xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x256x14x14xf32>) -> tensor<1x256x14x14xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<512x256x3x3xf32>) -> tensor<512x256x3x3xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<512xf32>) -> tensor<512xf32>
  %a3 = "bufferization.to_tensor"(%arg3) {restrict, writable} : (memref<1x512x7x7xf32>) -> tensor<1x512x7x7xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %pad_1 = tensor.pad %a0 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x256x14x14xf32> to tensor<1x256x16x16xf32>
  %bias_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a2 : tensor<512xf32>) outs(%a3 : tensor<1x512x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x512x7x7xf32>
  %conv_3 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_1, %a1 : tensor<1x256x16x16xf32>, tensor<512x256x3x3xf32>) outs(%bias_2 : tensor<1x512x7x7xf32>) -> tensor<1x512x7x7xf32>
  bufferization.materialize_in_destination %conv_3 in restrict writable %arg3
      : (tensor<1x512x7x7xf32>, memref<1x512x7x7xf32>) -> ()
  return
}
