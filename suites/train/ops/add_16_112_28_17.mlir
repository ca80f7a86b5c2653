func.func @main(%arg0: memref<16x112x28x17xf32>,
    %arg1: memref<16x112x28x17xf32>,
    %arg2: memref<16x112x28x17xf32>)
    attributes {llvm.emit_c_interface} {
  %a0 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<16x112x28x17xf32>) -> tensor<16x112x28x17xf32>
  %a1 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<16x112x28x17xf32>) -> tensor<16x112x28x17xf32>
  %a2 = "bufferization.to_tensor"(%arg2) {restrict, writable} : (memref<16x112x28x17xf32>) -> tensor<16x112x28x17xf32>
  %add_1 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a0, %a1 : tensor<16x112x28x17xf32>, tensor<16x112x28x17xf32>) outs(%a2 : tensor<16x112x28x17xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<16x112x28x17xf32>
  bufferization.materialize_in_destination %add_1 in restrict writable %arg2
      : (tensor<16x112x28x17xf32>, memref<16x112x28x17xf32>) -> ()
  return
}
