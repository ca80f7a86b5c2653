// mlirrl pytorch single operator maxpool_1x64x224x224_k2_s2_p0 (op=maxpool, input=[1, 64, 224, 224], kernel=2, stride=2, padding=0)
func.func @main(%arg0: memref<1x64x224x224xf32>,
    %arg1: memref<1x64x112x112xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x64x224x224xf32>) -> tensor<1x64x224x224xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict, writable} : (memref<1x64x112x112xf32>) -> tensor<1x64x112x112xf32>
  %cst0 = arith.constant 0xFF800000 : f32
  %fill_1 = linalg.fill ins(%cst0 : f32) outs(%a1 : tensor<1x64x112x112xf32>) -> tensor<1x64x112x112xf32>
  %e_2 = tensor.empty() : tensor<2x2xf32>
  %pool_3 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%a0, %e_2 : tensor<1x64x224x224xf32>, tensor<2x2xf32>) outs(%fill_1 : tensor<1x64x112x112xf32>) -> tensor<1x64x112x112xf32>
  bufferization.materialize_in_destination %pool_3 in restrict writable %arg1
      : (tensor<1x64x112x112xf32>, memref<1x64x112x112xf32>) -> ()
  return
}
