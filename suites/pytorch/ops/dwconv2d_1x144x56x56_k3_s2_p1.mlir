// mlirrl pytorch single operator dwconv2d_1x144x56x56_k3_s2_p1 (op=depthwise_conv2d, input=[1, 144, 56, 56], weight=[144, 3, 3], stride=2, padding=1, dilation=1, groups=144, bias=True)
func.func @main(%arg0: memref<1x144x56x56xf32>,
    %arg1: memref<144x3x3xf32>,
    %arg2: memref<144xf32>,
    %arg3: memref<1x144x28x28xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x144x56x56xf32>) -> tensor<1x144x56x56xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<144x3x3xf32>) -> tensor<144x3x3xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<144xf32>) -> tensor<144xf32>
  %a3 = "bufferization.to_tensor"(%arg3) {restrict, writable} : (memref<1x144x28x28xf32>) -> tensor<1x144x28x28xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %pad_1 = tensor.pad %a0 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x144x56x56xf32> to tensor<1x144x58x58xf32>
  %bias_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a2 : tensor<144xf32>) outs(%a3 : tensor<1x144x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x144x28x28xf32>
  %conv_3 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_1, %a1 : tensor<1x144x58x58xf32>, tensor<144x3x3xf32>) outs(%bias_2 : tensor<1x144x28x28xf32>) -> tensor<1x144x28x28xf32>
  bufferization.materialize_in_destination %conv_3 in restrict writable %arg3
      : (tensor<1x144x28x28xf32>, memref<1x144x28x28xf32>) -> ()
  return
}
