func.func @main(%arg0: memref<4x64x48x48xf32>,
    %arg1: memref<4x64x48x48xf32>,
    %arg2: memref<4x64x48x48xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<4x64x48x48xf32>) -> tensor<4x64x48x48xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<4x64x48x48xf32>) -> tensor<4x64x48x48xf32>
  %a1 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<4x64x48x48xf32>) -> tensor<4x64x48x48xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<4x64x48x48xf32>
  %add_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0, %a2 : tensor<4x64x48x48xf32>, tensor<4x64x48x48xf32>) outs(%e_1 : tensor<4x64x48x48xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x64x48x48xf32>
  %e_3 = tensor.empty() : tensor<4x64x48x48xf32>
  %add_4 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_2, %a0 : tensor<4x64x48x48xf32>, tensor<4x64x48x48xf32>) outs(%e_3 : tensor<4x64x48x48xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x64x48x48xf32>
  %e_5 = tensor.empty() : tensor<4x64x48x48xf32>
  %relu_6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_4 : tensor<4x64x48x48xf32>) outs(%e_5 : tensor<4x64x48x48xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<4x64x48x48xf32>
  %e_7 = tensor.empty() : tensor<4x64x48x48xf32>
  %relu_8 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu_6 : tensor<4x64x48x48xf32>) outs(%e_7 : tensor<4x64x48x48xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<4x64x48x48xf32>
  %relu_9 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu_8 : tensor<4x64x48x48xf32>) outs(%a1 : tensor<4x64x48x48xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<4x64x48x48xf32>
  bufferization.materialize_in_destination %relu_9 in restrict writable %arg2
      : (tensor<4x64x48x48xf32>, memref<4x64x48x48xf32>) -> ()
  return
}
