func.func @main(%arg0: memref<2x256x29x29xf32>,
    %arg1: memref<40x256x1x1xf32>,
    %arg2: memref<2x40x29x29xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<2x256x29x29xf32>) -> tensor<2x256x29x29xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<40x256x1x1xf32>) -> tensor<40x256x1x1xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<2x40x29x29xf32>) -> tensor<2x40x29x29xf32>
  %conv_1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%a0, %a1 : tensor<2x256x29x29xf32>, tensor<40x256x1x1xf32>) outs(%a2 : tensor<2x40x29x29xf32>) -> tensor<2x40x29x29xf32>
  bufferization.materialize_in_destination %conv_1 in restrict writable %arg2
      : (tensor<2x40x29x29xf32>, memref<2x40x29x29xf32>) -> ()
  return
}
