func.func @main(%arg0: memref<8x48x32x32xf32>,
    %arg1: memref<48x5x5xf32>,
    %arg2: memref<8x48x28x28xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<8x48x32x32xf32>) -> tensor<8x48x32x32xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<48x5x5xf32>) -> tensor<48x5x5xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<8x48x28x28xf32>) -> tensor<8x48x28x28xf32>
  %conv_1 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%a0, %a1 : tensor<8x48x32x32xf32>, tensor<48x5x5xf32>) outs(%a2 : tensor<8x48x28x28xf32>) -> tensor<8x48x28x28xf32>
  bufferization.materialize_in_destination %conv_1 in restrict writable %arg2
      : (tensor<8x48x28x28xf32>, memref<8x48x28x28xf32>) -> ()
  return
}
