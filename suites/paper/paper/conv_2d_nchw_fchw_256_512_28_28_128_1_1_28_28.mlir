// mlirrl paper operator conv_2d_nchw_fchw_256_512_28_28_128_1_1_28_28 (f64, batch 256)
func.func @main(%arg0: memref<256x512x28x28xf64>,
    %arg1: memref<128x512x1x1xf64>,
    %arg2: memref<256x128x28x28xf64>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<256x512x28x28xf64>) -> tensor<256x512x28x28xf64>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<128x512x1x1xf64>) -> tensor<128x512x1x1xf64>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<256x128x28x28xf64>) -> tensor<256x128x28x28xf64>
  %conv_1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%a0, %a1 : tensor<256x512x28x28xf64>, tensor<128x512x1x1xf64>) outs(%a2 : tensor<256x128x28x28xf64>) -> tensor<256x128x28x28xf64>
  bufferization.materialize_in_destination %conv_1 in restrict writable %arg2
      : (tensor<256x128x28x28xf64>, memref<256x128x28x28xf64>) -> ()
  return
}
