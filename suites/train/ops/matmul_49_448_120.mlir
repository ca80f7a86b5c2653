func.func @main(%arg0: memref<49x448xf32>,
    %arg1: memref<448x120xf32>,
    %arg2: memref<49x120xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<49x448xf32>) -> tensor<49x448xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<448x120xf32>) -> tensor<448x120xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<49x120xf32>) -> tensor<49x120xf32>
  %mm_1 = linalg.matmul ins(%a0, %a1 : tensor<49x448xf32>, tensor<448x120xf32>) outs(%a2 : tensor<49x120xf32>) -> tensor<49x120xf32>
  bufferization.materialize_in_destination %mm_1 in restrict writable %arg2
      : (tensor<49x120xf32>, memref<49x120xf32>) -> ()
  return
}
