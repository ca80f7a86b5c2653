func.func @main(%arg0: memref<4x80x30x30xf32>,
    %arg1: memref<4x80x30x30xf32>,
    %arg2: memref<4x80x30x30xf32>,
    %arg3: memref<112x80x1x1xf32>,
    %arg4: memref<112xf32>,
    %arg5: memref<64x112x1x1xf32>,
    %arg6: memref<4x64x30x30xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<4x80x30x30xf32>) -> tensor<4x80x30x30xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<4x80x30x30xf32>) -> tensor<4x80x30x30xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<4x80x30x30xf32>) -> tensor<4x80x30x30xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<112x80x1x1xf32>) -> tensor<112x80x1x1xf32>
  %a5 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<112xf32>) -> tensor<112xf32>
  %a6 = "bufferization.to_tensor"(%arg5) {restrict} : (memref<64x112x1x1xf32>) -> tensor<64x112x1x1xf32>
  %a1 = "bufferization.to_tensor"(%arg6) {restrict, writable} : (memref<4x64x30x30xf32>) -> tensor<4x64x30x30xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %e_1 = tensor.empty() : tensor<4x80x30x30xf32>
  %add_2 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0, %a2 : tensor<4x80x30x30xf32>, tensor<4x80x30x30xf32>) outs(%e_1 : tensor<4x80x30x30xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x80x30x30xf32>
  %e_3 = tensor.empty() : tensor<4x80x30x30xf32>
  %add_4 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_2, %a0 : tensor<4x80x30x30xf32>, tensor<4x80x30x30xf32>) outs(%e_3 : tensor<4x80x30x30xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x80x30x30xf32>
  %e_5 = tensor.empty() : tensor<4x80x30x30xf32>
  %add_6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_4, %a3 : tensor<4x80x30x30xf32>, tensor<4x80x30x30xf32>) outs(%e_5 : tensor<4x80x30x30xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<4x80x30x30xf32>
  %e_7 = tensor.empty() : tensor<4x112x30x30xf32>
  %bias_8 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a5 : tensor<112xf32>) outs(%e_7 : tensor<4x112x30x30xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<4x112x30x30xf32>
  %conv_9 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%add_6, %a4 : tensor<4x80x30x30xf32>, tensor<112x80x1x1xf32>) outs(%bias_8 : tensor<4x112x30x30xf32>) -> tensor<4x112x30x30xf32>
  %fill_10 = linalg.fill ins(%cst0 : f32) outs(%a1 : tensor<4x64x30x30xf32>) -> tensor<4x64x30x30xf32>
  %conv_11 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%conv_9, %a6 : tensor<4x112x30x30xf32>, tensor<64x112x1x1xf32>) outs(%fill_10 : tensor<4x64x30x30xf32>) -> tensor<4x64x30x30xf32>
  bufferization.materialize_in_destination %conv_11 in restrict writable %arg6
      : (tensor<4x64x30x30xf32>, memref<4x64x30x30xf32>) -> ()
  return
}
