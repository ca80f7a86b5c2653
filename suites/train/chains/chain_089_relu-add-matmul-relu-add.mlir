func.func @main(%arg0: memref<128x256xf32>,
    %arg1: memref<128x256xf32>,
    %arg2: memref<128x49xf32>,
    %arg3: memref<256x49xf32>,
    %arg4: memref<128x49xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<128x256xf32>) -> tensor<128x256xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<128x256xf32>) -> tensor<128x256xf32>
  %a4 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<128x49xf32>) -> tensor<128x49xf32>
  %a3 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<256x49xf32>) -> tensor<256x49xf32>
  %a1 = "bufferization.to_tensor"(%arg4) {restrict, writable} : (memref<128x49xf32>) -> tensor<128x49xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<128x256xf32>
  %relu_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a0 : tensor<128x256xf32>) outs(%e_1 : tensor<128x256xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<128x256xf32>
  %e_3 = tensor.empty() : tensor<128x256xf32>
  %add_4 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%relu_2, %a2 : tensor<128x256xf32>, tensor<128x256xf32>) outs(%e_3 : tensor<128x256xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<128x256xf32>
  %e_5 = tensor.empty() : tensor<128x49xf32>
  %fill_6 = linalg.fill ins(%cst0 : f32) outs(%e_5 : tensor<128x49xf32>) -> tensor<128x49xf32>
  %mm_7 = linalg.matmul ins(%add_4, %a3 : tensor<128x256xf32>, tensor<256x49xf32>) outs(%fill_6 : tensor<128x49xf32>) -> tensor<128x49xf32>
  %e_8 = tensor.empty() : tensor<128x49xf32>
  %relu_9 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm_7 : tensor<128x49xf32>) outs(%e_8 : tensor<128x49xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<128x49xf32>
  %add_10 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%relu_9, %a4 : tensor<128x49xf32>, tensor<128x49xf32>) outs(%a1 : tensor<128x49xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<128x49xf32>
  bufferization.materialize_in_destination %add_10 in restrict writable %arg4
      : (tensor<128x49xf32>, memref<128x49xf32>) -> ()
  return
}
