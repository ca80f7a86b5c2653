// mlirrl pytorch single operator maxpool_1x64x112x112_k3_s2_p1 (op=maxpool, input=[1, 64, 112, 112], kernel=3, stride=2, padding=1)
func.func @main(%arg0: memref<1x64x112x112xf32>,
    %arg1: memref<1x64x56x56xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x64x112x112xf32>) -> tensor<1x64x112x112xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict, writable} : (memref<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  %cst0 = arith.constant 0xFF800000 : f32
  %pad_1 = tensor.pad %a0 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x64x112x112xf32> to tensor<1x64x114x114xf32>
  %fill_2 = linalg.fill ins(%cst0 : f32) outs(%a1 : tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  %e_3 = tensor.empty() : tensor<3x3xf32>
  %pool_4 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_1, %e_3 : tensor<1x64x114x114xf32>, tensor<3x3xf32>) outs(%fill_2 : tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  bufferization.materialize_in_destination %pool_4 in restrict writable %arg1
      : (tensor<1x64x56x56xf32>, memref<1x64x56x56xf32>) -> ()
  return
}
