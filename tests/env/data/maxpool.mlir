// maxpool NCHW 3x3 stride 2 f32: 1x8x33x33 -> 1x8x16x16 (max with the initial O)
func.func @main(%I: memref<1x8x33x33xf32>, %O: memref<1x8x16x16xf32>)
    attributes {llvm.emit_c_interface} {
  %i = "bufferization.to_tensor"(%I) {restrict} : (memref<1x8x33x33xf32>) -> tensor<1x8x33x33xf32>
  %o = "bufferization.to_tensor"(%O) {restrict, writable} : (memref<1x8x16x16xf32>) -> tensor<1x8x16x16xf32>
  %k = tensor.empty() : tensor<3x3xf32>
  %r = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
         ins(%i, %k : tensor<1x8x33x33xf32>, tensor<3x3xf32>) outs(%o : tensor<1x8x16x16xf32>) -> tensor<1x8x16x16xf32>
  bufferization.materialize_in_destination %r in restrict writable %O
      : (tensor<1x8x16x16xf32>, memref<1x8x16x16xf32>) -> ()
  return
}
