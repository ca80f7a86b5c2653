// mlirrl paper operator pooling_nchw_max_256_64_147_147_3_73_73 (f64, batch 256)
func.func @main(%arg0: memref<256x64x147x147xf64>,
    %arg1: memref<256x64x73x73xf64>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<256x64x147x147xf64>) -> tensor<256x64x147x147xf64>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict, writable} : (memref<256x64x73x73xf64>) -> tensor<256x64x73x73xf64>
  %e_1 = tensor.empty() : tensor<3x3xf64>
  %pool_2 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%a0, %e_1 : tensor<256x64x147x147xf64>, tensor<3x3xf64>) outs(%a1 : tensor<256x64x73x73xf64>) -> tensor<256x64x73x73xf64>
  bufferization.materialize_in_destination %pool_2 in restrict writable %arg1
      : (tensor<256x64x73x73xf64>, memref<256x64x73x73xf64>) -> ()
  return
}
