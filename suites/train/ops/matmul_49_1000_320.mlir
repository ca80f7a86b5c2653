func.func @main(%arg0: memref<49x1000xf32>,
    %arg1: memref<1000x320xf32>,
    %arg2: memref<49x320xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<49x1000xf32>) -> tensor<49x1000xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<1000x320xf32>) -> tensor<1000x320xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<49x320xf32>) -> tensor<49x320xf32>
  %mm_1 = linalg.matmul ins(%a0, %a1 : tensor<49x1000xf32>, tensor<1000x320xf32>) outs(%a2 : tensor<49x320xf32>) -> tensor<49x320xf32>
  bufferization.materialize_in_destination %mm_1 in restrict writable %arg2
      : (tensor<49x320xf32>, memref<49x320xf32>) -> ()
  return
}
