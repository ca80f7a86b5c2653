func.func @main(%arg0: memref<4x3x29x29xf32>,
    %arg1: memref<4x3x29x29xf32>,
    %arg2: memref<80x3x3x3xf32>,
    %arg3: memref<80xf32>,
    %arg4: memref<4x80x27x27xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<4x3x29x29xf32>) -> tensor<4x3x29x29xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<4x3x29x29xf32>) -> tensor<4x3x29x29xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<80x3x3x3xf32>) -> tensor<80x3x3x3xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<80xf32>) -> tensor<80xf32>
  %a1 = "bufferization.to_tensor"(%arg4) {restrict, writable} : (memref<4x80x27x27xf32>) -> tensor<4x80x27x27xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<4x3x29x29xf32>
  %add_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0, %a2 : tensor<4x3x29x29xf32>, tensor<4x3x29x29xf32>) outs(%e_1 : tensor<4x3x29x29xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x3x29x29xf32>
  %e_3 = tensor.empty() : tensor<4x3x29x29xf32>
  %relu_4 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_2 : tensor<4x3x29x29xf32>) outs(%e_3 : tensor<4x3x29x29xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<4x3x29x29xf32>
  %e_5 = tensor.empty() : tensor<4x3x29x29xf32>
  %relu_6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu_4 : tensor<4x3x29x29xf32>) outs(%e_5 : tensor<4x3x29x29xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<4x3x29x29xf32>
  %e_7 = tensor.empty() : tensor<4x3x29x29xf32>
  %relu_8 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%relu_6 : tensor<4x3x29x29xf32>) outs(%e_7 : tensor<4x3x29x29xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<4x3x29x29xf32>
  %bias_9 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a4 : tensor<80xf32>) outs(%a1 : tensor<4x80x27x27xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<4x80x27x27xf32>
  %conv_10 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%relu_8, %a3 : tensor<4x3x29x29xf32>, tensor<80x3x3x3xf32>) outs(%bias_9 : tensor<4x80x27x27xf32>) -> tensor<4x80x27x27xf32>
  bufferization.materialize_in_destination %conv_10 in restrict writable %arg4
      : (tensor<4x80x27x27xf32>, memref<4x80x27x27xf32>) -> ()
  return
}
