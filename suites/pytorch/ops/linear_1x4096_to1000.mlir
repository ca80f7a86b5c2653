// mlirrl pytorch single operator linear_1x4096_to1000 (op=linear, input=[1, 4096], weight_t=[4096, 1000])
func.func @main(%arg0: memref<1x4096xf32>,
    %arg1: memref<4096x1000xf32>,
    %arg2: memref<1000xf32>,
    %arg3: memref<1x1000xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x4096xf32>) -> tensor<1x4096xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<4096x1000xf32>) -> tensor<4096x1000xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<1000xf32>) -> tensor<1000xf32>
  %a3 = "bufferization.to_tensor"(%arg3) {restrict, writable} : (memref<1x1000xf32>) -> tensor<1x1000xf32>
  %bias_1 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a2 : tensor<1000xf32>) outs(%a3 : tensor<1x1000xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x1000xf32>
  %mm_2 = linalg.matmul ins(%a0, %a1 : tensor<1x4096xf32>, tensor<4096x1000xf32>) outs(%bias_1 : tensor<1x1000xf32>) -> tensor<1x1000xf32>
  bufferization.materialize_in_destination %mm_2 in restrict writable %arg3
      : (tensor<1x1000xf32>, memref<1x1000xf32>) -> ()
  return
}
