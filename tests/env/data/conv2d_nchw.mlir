// conv2d NCHW/FCHW f32: N1 C8 18x18 input, F16 3x3 filter, stride 1 -> 1x16x16x16 (accumulates into O)
func.func @main(%I: memref<1x8x18x18xf32>, %W: memref<16x8x3x3xf32>, %O: memref<1x16x16x16xf32>)
    attributes {llvm.emit_c_interface} {
  %i = "bufferization.to_tensor"(%I) {restrict} : (memref<1x8x18x18xf32>) -> tensor<1x8x18x18xf32>
  %w = "bufferization.to_tensor"(%W) {restrict} : (memref<16x8x3x3xf32>) -> tensor<16x8x3x3xf32>
  %o = "bufferization.to_tensor"(%O) {restrict, writable} : (memref<1x16x16x16xf32>) -> tensor<1x16x16x16xf32>
  %r = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
         ins(%i, %w : tensor<1x8x18x18xf32>, tensor<16x8x3x3xf32>) outs(%o : tensor<1x16x16x16xf32>) -> tensor<1x16x16x16xf32>
  bufferization.materialize_in_destination %r in restrict writable %O
      : (tensor<1x16x16x16xf32>, memref<1x16x16x16xf32>) -> ()
  return
}
