// mlirrl pytorch single operator conv2d_1x96x56x56_oc24_k1_s1_p0 (op=conv2d, input=[1, 96, 56, 56], weight=[24, 96, 1, 1], stride=1, padding=0, dilation=1, groups=1, bias=True)
func.func @main(%arg0: memref<1x96x56x56xf32>,
    %arg1: memref<24x96x1x1xf32>,
    %arg2: memref<24xf32>,
    %arg3: memref<1x24x56x56xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x96x56x56xf32>) -> tensor<1x96x56x56xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<24x96x1x1xf32>) -> tensor<24x96x1x1xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<24xf32>) -> tensor<24xf32>
  %a3 = "bufferization.to_tensor"(%arg3) {restrict, writable} : (memref<1x24x56x56xf32>) -> tensor<1x24x56x56xf32>
  %bias_1 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a2 : tensor<24xf32>) outs(%a3 : tensor<1x24x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x24x56x56xf32>
  %conv_2 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%a0, %a1 : tensor<1x96x56x56xf32>, tensor<24x96x1x1xf32>) outs(%bias_1 : tensor<1x24x56x56xf32>) -> tensor<1x24x56x56xf32>
  bufferization.materialize_in_destination %conv_2 in restrict writable %arg3
      : (tensor<1x24x56x56xf32>, memref<1x24x56x56xf32>) -> ()
  return
}
