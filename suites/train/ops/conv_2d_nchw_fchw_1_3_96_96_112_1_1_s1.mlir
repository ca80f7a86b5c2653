func.func @main(%arg0: memref<1x3x96x96xf32>,
    %arg1: memref<112x3x1x1xf32>,
    %arg2: memref<1x112x96x96xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x3x96x96xf32>) -> tensor<1x3x96x96xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<112x3x1x1xf32>) -> tensor<112x3x1x1xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<1x112x96x96xf32>) -> tensor<1x112x96x96xf32>
  %conv_1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%a0, %a1 : tensor<1x3x96x96xf32>, tensor<112x3x1x1xf32>) outs(%a2 : tensor<1x112x96x96xf32>) -> tensor<1x112x96x96xf32>
  bufferization.materialize_in_destination %conv_1 in restrict writable %arg2
      : (tensor<1x112x96x96xf32>, memref<1x112x96x96xf32>) -> ()
  return
}
