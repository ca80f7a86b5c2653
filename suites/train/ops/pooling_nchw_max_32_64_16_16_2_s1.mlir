func.func @main(%arg0: memref<32x64x16x16xf32>,
    %arg1: memref<32x64x15x15xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<32x64x16x16xf32>) -> tensor<32x64x16x16xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict, writable} : (memref<32x64x15x15xf32>) -> tensor<32x64x15x15xf32>
  %e_1 = tensor.empty() : tensor<2x2xf32>
  %pool_2 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%a0, %e_1 : tensor<32x64x16x16xf32>, tensor<2x2xf32>) outs(%a1 : tensor<32x64x15x15xf32>) -> tensor<32x64x15x15xf32>
  bufferization.materialize_in_destination %pool_2 in restrict writable %arg1
      : (tensor<32x64x15x15xf32>, memref<32x64x15x15xf32>) -> ()
  return
}
