func.func @main(%arg0: memref<1x128x9x9xf32>,
    %arg1: memref<320x128x5x5xf32>,
    %arg2: memref<1x320x3x3xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x128x9x9xf32>) -> tensor<1x128x9x9xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<320x128x5x5xf32>) -> tensor<320x128x5x5xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<1x320x3x3xf32>) -> tensor<1x320x3x3xf32>
  %conv_1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%a0, %a1 : tensor<1x128x9x9xf32>, tensor<320x128x5x5xf32>) outs(%a2 : tensor<1x320x3x3xf32>) -> tensor<1x320x3x3xf32>
  bufferization.materialize_in_destination %conv_1 in restrict writable %arg2
      : (tensor<1x320x3x3xf32>, memref<1x320x3x3xf32>) -> ()
  return
}
