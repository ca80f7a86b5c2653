// mlirrl pytorch single operator conv2d_1x192x28x28_oc32_k1_s1_p0 (op=conv2d, input=[1, 192, 28, 28], weight=[32, 192, 1, 1], stride=1, padding=0, dilation=1, groups=1, bias=True)
func.func @main(%arg0: memref<1x192x28x28xf32>,
    %arg1: memref<32x192x1x1xf32>,
    %arg2: memref<32xf32>,
    %arg3: memref<1x32x28x28xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x192x28x28xf32>) -> tensor<1x192x28x28xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<32x192x1x1xf32>) -> tensor<32x192x1x1xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<32xf32>) -> tensor<32xf32>
  %a3 = "bufferization.to_tensor"(%arg3) {restrict, writable} : (memref<1x32x28x28xf32>) -> tensor<1x32x28x28xf32>
  %bias_1 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a2 : tensor<32xf32>) outs(%a3 : tensor<1x32x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x32x28x28xf32>
  %conv_2 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%a0, %a1 : tensor<1x192x28x28xf32>, tensor<32x192x1x1xf32>) outs(%bias_1 : tensor<1x32x28x28xf32>) -> tensor<1x32x28x28xf32>
  bufferization.materialize_in_destination %conv_2 in restrict writable %arg3
      : (tensor<1x32x28x28xf32>, memref<1x32x28x28xf32>) -> ()
  return
}
