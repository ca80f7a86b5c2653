func.func @main(%arg0: memref<4x240x64x64xf32>,
    %arg1: memref<4x240x31x31xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<4x240x64x64xf32>) -> tensor<4x240x64x64xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict, writable} : (memref<4x240x31x31xf32>) -> tensor<4x240x31x31xf32>
  %e_1 = tensor.empty() : tensor<3x3xf32>
  %pool_2 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%a0, %e_1 : tensor<4x240x64x64xf32>, tensor<3x3xf32>) outs(%a1 : tensor<4x240x31x31xf32>) -> tensor<4x240x31x31xf32>
  bufferization.materialize_in_destination %pool_2 in restrict writable %arg1
      : (tensor<4x240x31x31xf32>, memref<4x240x31x31xf32>) -> ()
  return
}
