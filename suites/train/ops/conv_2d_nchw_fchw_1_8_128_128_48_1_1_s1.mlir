func.func @main(%arg0: memref<1x8x128x128xf32>,
    %arg1: memref<48x8x1x1xf32>,
    %arg2: memref<1x48x128x128xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x8x128x128xf32>) -> tensor<1x8x128x128xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<48x8x1x1xf32>) -> tensor<48x8x1x1xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<1x48x128x128xf32>) -> tensor<1x48x128x128xf32>
  %conv_1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%a0, %a1 : tensor<1x8x128x128xf32>, tensor<48x8x1x1xf32>) outs(%a2 : tensor<1x48x128x128xf32>) -> tensor<1x48x128x128xf32>
  bufferization.materialize_in_destination %conv_1 in restrict writable %arg2
      : (tensor<1x48x128x128xf32>, memref<1x48x128x128xf32>) -> ()
  return
}
