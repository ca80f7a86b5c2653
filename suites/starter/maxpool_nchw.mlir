// maxpool NCHW 3x3, stride 2: 1x64x113x113 -> 1x64x56x56 (the output starts at -inf)
func.func @main(%I: memref<1x64x113x113xf32>, %O: memref<1x64x56x56xf32>)
    attributes {llvm.emit_c_interface} {
  %i = "bufferization.to_tensor"(%I) {restrict} : (memref<1x64x113x113xf32>) -> tensor<1x64x113x113xf32>
  %o = "bufferization.to_tensor"(%O) {restrict, writable} : (memref<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  %ninf = arith.constant 0xFF800000 : f32
  %init = linalg.fill ins(%ninf : f32) outs(%o : tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  %win = tensor.empty() : tensor<3x3xf32>
  %r = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
         ins(%i, %win : tensor<1x64x113x113xf32>, tensor<3x3xf32>)
         outs(%init : tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  bufferization.materialize_in_destination %r in restrict writable %O
      : (tensor<1x64x56x56xf32>, memref<1x64x56x56xf32>) -> ()
  return
}
