func.func @main(%arg0: memref<4x320x14x14xf32>,
    %arg1: memref<48x320x3x3xf32>,
    %arg2: memref<4x48x6x6xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<4x320x14x14xf32>) -> tensor<4x320x14x14xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<48x320x3x3xf32>) -> tensor<48x320x3x3xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<4x48x6x6xf32>) -> tensor<4x48x6x6xf32>
  %conv_1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%a0, %a1 : tensor<4x320x14x14xf32>, tensor<48x320x3x3xf32>) outs(%a2 : tensor<4x48x6x6xf32>) -> tensor<4x48x6x6xf32>
  bufferization.materialize_in_destination %conv_1 in restrict writable %arg2
      : (tensor<4x48x6x6xf32>, memref<4x48x6x6xf32>) -> ()
  return
}
