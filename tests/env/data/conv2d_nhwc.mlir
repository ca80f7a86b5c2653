// conv2d NHWC/HWCF f32: N1 18x18 C8 input, 3x3x8x16 filter, stride 1 -> 1x16x16x16 (accumulates into O)
func.func @main(%I: memref<1x18x18x8xf32>, %W: memref<3x3x8x16xf32>, %O: memref<1x16x16x16xf32>)
    attributes {llvm.emit_c_interface} {
  %i = "bufferization.to_tensor"(%I) {restrict} : (memref<1x18x18x8xf32>) -> tensor<1x18x18x8xf32>
  %w = "bufferization.to_tensor"(%W) {restrict} : (memref<3x3x8x16xf32>) -> tensor<3x3x8x16xf32>
  %o = "bufferization.to_tensor"(%O) {restrict, writable} : (memref<1x16x16x16xf32>) -> tensor<1x16x16x16xf32>
  %r = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
         ins(%i, %w : tensor<1x18x18x8xf32>, tensor<3x3x8x16xf32>) outs(%o : tensor<1x16x16x16xf32>) -> tensor<1x16x16x16xf32>
  bufferization.materialize_in_destination %r in restrict writable %O
      : (tensor<1x16x16x16xf32>, memref<1x16x16x16xf32>) -> ()
  return
}
