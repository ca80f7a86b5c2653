// conv2d NCHW/FCHW, 3x3, stride 1: 1x32x58x58 input, 64 filters -> 1x64x56x56 (O += I * W)
func.func @main(%I: memref<1x32x58x58xf32>, %W: memref<64x32x3x3xf32>, %O: memref<1x64x56x56xf32>)
    attributes {llvm.emit_c_interface} {
  %i = "bufferization.to_tensor"(%I) {restrict} : (memref<1x32x58x58xf32>) -> tensor<1x32x58x58xf32>
  %w = "bufferization.to_tensor"(%W) {restrict} : (memref<64x32x3x3xf32>) -> tensor<64x32x3x3xf32>
  %o = "bufferization.to_tensor"(%O) {restrict, writable} : (memref<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  %r = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
         ins(%i, %w : tensor<1x32x58x58xf32>, tensor<64x32x3x3xf32>)
         outs(%o : tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  bufferization.materialize_in_destination %r in restrict writable %O
      : (tensor<1x64x56x56xf32>, memref<1x64x56x56xf32>) -> ()
  return
}
