func.func @main(%arg0: memref<16x128x9x9xf32>,
    %arg1: memref<96x128x1x1xf32>,
    %arg2: memref<16x96x9x9xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<16x128x9x9xf32>) -> tensor<16x128x9x9xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<96x128x1x1xf32>) -> tensor<96x128x1x1xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<16x96x9x9xf32>) -> tensor<16x96x9x9xf32>
  %conv_1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%a0, %a1 : tensor<16x128x9x9xf32>, tensor<96x128x1x1xf32>) outs(%a2 : tensor<16x96x9x9xf32>) -> tensor<16x96x9x9xf32>
  bufferization.materialize_in_destination %conv_1 in restrict writable %arg2
      : (tensor<16x96x9x9xf32>, memref<16x96x9x9xf32>) -> ()
  return
}
