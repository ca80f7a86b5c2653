func.func @main(%arg0: memref<4x8x56x56xf32>,
    %arg1: memref<4x8x56x56xf32>,
    %arg2: memref<4x8x56x56xf32>,
    %arg3: memref<4x112x56x56xf32>,
    %arg4: memref<4x112x56x56xf32>,
    %arg5: memref<112x8x1x1xf32>,
    %arg6: memref<4x112x56x56xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<4x8x56x56xf32>) -> tensor<4x8x56x56xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<4x8x56x56xf32>) -> tensor<4x8x56x56xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<4x8x56x56xf32>) -> tensor<4x8x56x56xf32>
  %a5 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<4x112x56x56xf32>) -> tensor<4x112x56x56xf32>
  %a6 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<4x112x56x56xf32>) -> tensor<4x112x56x56xf32>
  %a4 = "bufferization.to_tensor"(%arg5) {restrict} : (memref<112x8x1x1xf32>) -> tensor<112x8x1x1xf32>
  %a1 = "bufferization.to_tensor"(%arg6) {restrict, writable} : (memref<4x112x56x56xf32>) -> tensor<4x112x56x56xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<4x8x56x56xf32>
  %add_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0, %a2 : tensor<4x8x56x56xf32>, tensor<4x8x56x56xf32>) outs(%e_1 : tensor<4x8x56x56xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x8x56x56xf32>
  %e_3 = tensor.empty() : tensor<4x8x56x56xf32>
  %add_4 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_2, %a3 : tensor<4x8x56x56xf32>, tensor<4x8x56x56xf32>) outs(%e_3 : tensor<4x8x56x56xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x8x56x56xf32>
  %e_5 = tensor.empty() : tensor<4x112x56x56xf32>
  %fill_6 = linalg.fill ins(%cst0 : f32) outs(%e_5 : tensor<4x112x56x56xf32>) -> tensor<4x112x56x56xf32>
  %conv_7 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%add_4, %a4 : tensor<4x8x56x56xf32>, tensor<112x8x1x1xf32>) outs(%fill_6 : tensor<4x112x56x56xf32>) -> tensor<4x112x56x56xf32>
  %e_8 = tensor.empty() : tensor<4x112x56x56xf32>
  %add_9 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_7, %a5 : tensor<4x112x56x56xf32>, tensor<4x112x56x56xf32>) outs(%e_8 : tensor<4x112x56x56xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x112x56x56xf32>
  %add_10 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_9, %a6 : tensor<4x112x56x56xf32>, tensor<4x112x56x56xf32>) outs(%a1 : tensor<4x112x56x56xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x112x56x56xf32>
  bufferization.materialize_in_destination %add_10 in restrict writable %arg6
      : (tensor<4x112x56x56xf32>, memref<4x112x56x56xf32>) -> ()
  return
}
