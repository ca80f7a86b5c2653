func.func @main(%arg0: memref<8x16x150x150xf32>,
    %arg1: memref<16x3x3xf32>,
    %arg2: memref<8x16x74x74xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<8x16x150x150xf32>) -> tensor<8x16x150x150xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<16x3x3xf32>) -> tensor<16x3x3xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<8x16x74x74xf32>) -> tensor<8x16x74x74xf32>
  %conv_1 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%a0, %a1 : tensor<8x16x150x150xf32>, tensor<16x3x3xf32>) outs(%a2 : tensor<8x16x74x74xf32>) -> tensor<8x16x74x74xf32>
  bufferization.materialize_in_destination %conv_1 in restrict writable %arg2
      : (tensor<8x16x74x74xf32>, memref<8x16x74x74xf32>) -> ()
  return
}
