// mlirrl pytorch model vgg16 (torchvision 0.14.1, fx-traced, eval), batch 1, 224x224, f32
// batch-norm folded into conv weights/bias by suites/pytorch/import_fx.py;
// arguments: input, parameters (see vgg16.args.json), output logits
func.func @main(%arg0: memref<1x3x224x224xf32>,
    %arg1: memref<64x3x3x3xf32>,
    %arg2: memref<64xf32>,
    %arg3: memref<64x64x3x3xf32>,
    %arg4: memref<64xf32>,
    %arg5: memref<128x64x3x3xf32>,
    %arg6: memref<128xf32>,
    %arg7: memref<128x128x3x3xf32>,
    %arg8: memref<128xf32>,
    %arg9: memref<256x128x3x3xf32>,
    %arg10: memref<256xf32>,
    %arg11: memref<256x256x3x3xf32>,
    %arg12: memref<256xf32>,
    %arg13: memref<256x256x3x3xf32>,
    %arg14: memref<256xf32>,
    %arg15: memref<512x256x3x3xf32>,
    %arg16: memref<512xf32>,
    %arg17: memref<512x512x3x3xf32>,
    %arg18: memref<512xf32>,
    %arg19: memref<512x512x3x3xf32>,
    %arg20: memref<512xf32>,
    %arg21: memref<512x512x3x3xf32>,
    %arg22: memref<512xf32>,
    %arg23: memref<512x512x3x3xf32>,
    %arg24: memref<512xf32>,
    %arg25: memref<512x512x3x3xf32>,
    %arg26: memref<512xf32>,
    %arg27: memref<25088x4096xf32>,
    %arg28: memref<4096xf32>,
    %arg29: memref<4096x4096xf32>,
    %arg30: memref<4096xf32>,
    %arg31: memref<4096x1000xf32>,
    %arg32: memref<1000xf32>,
    %arg33: memref<1x1000xf32>)
    attributes {llvm.emit_c_interface} {
  %a1 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x3x224x224xf32>) -> tensor<1x3x224x224xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<64x3x3x3xf32>) -> tensor<64x3x3x3xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<64xf32>) -> tensor<64xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<64x64x3x3xf32>) -> tensor<64x64x3x3xf32>
  %a5 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<64xf32>) -> tensor<64xf32>
  %a6 = "bufferization.to_tensor"(%arg5) {restrict} : (memref<128x64x3x3xf32>) -> tensor<128x64x3x3xf32>
  %a7 = "bufferization.to_tensor"(%arg6) {restrict} : (memref<128xf32>) -> tensor<128xf32>
  %a8 = "bufferization.to_tensor"(%arg7) {restrict} : (memref<128x128x3x3xf32>) -> tensor<128x128x3x3xf32>
  %a9 = "bufferization.to_tensor"(%arg8) {restrict} : (memref<128xf32>) -> tensor<128xf32>
  %a10 = "bufferization.to_tensor"(%arg9) {restrict} : (memref<256x128x3x3xf32>) -> tensor<256x128x3x3xf32>
  %a11 = "bufferization.to_tensor"(%arg10) {restrict} : (memref<256xf32>) -> tensor<256xf32>
  %a12 = "bufferization.to_tensor"(%arg11) {restrict} : (memref<256x256x3x3xf32>) -> tensor<256x256x3x3xf32>
  %a13 = "bufferization.to_tensor"(%arg12) {restrict} : (memref<256xf32>) -> tensor<256xf32>
  %a14 = "bufferization.to_tensor"(%arg13) {restrict} : (memref<256x256x3x3xf32>) -> tensor<256x256x3x3xf32>
  %a15 = "bufferization.to_tensor"(%arg14) {restrict} : (memref<256xf32>) -> tensor<256xf32>
  %a16 = "bufferization.to_tensor"(%arg15) {restrict} : (memref<512x256x3x3xf32>) -> tensor<512x256x3x3xf32>
  %a17 = "bufferization.to_tensor"(%arg16) {restrict} : (memref<512xf32>) -> tensor<512xf32>
  %a18 = "bufferization.to_tensor"(%arg17) {restrict} : (memref<512x512x3x3xf32>) -> tensor<512x512x3x3xf32>
  %a19 = "bufferization.to_tensor"(%arg18) {restrict} : (memref<512xf32>) -> tensor<512xf32>
  %a20 = "bufferization.to_tensor"(%arg19) {restrict} : (memref<512x512x3x3xf32>) -> tensor<512x512x3x3xf32>
  %a21 = "bufferization.to_tensor"(%arg20) {restrict} : (memref<512xf32>) -> tensor<512xf32>
  %a22 = "bufferization.to_tensor"(%arg21) {restrict} : (memref<512x512x3x3xf32>) -> tensor<512x512x3x3xf32>
  %a23 = "bufferization.to_tensor"(%arg22) {restrict} : (memref<512xf32>) -> tensor<512xf32>
  %a24 = "bufferization.to_tensor"(%arg23) {restrict} : (memref<512x512x3x3xf32>) -> tensor<512x512x3x3xf32>
  %a25 = "bufferization.to_tensor"(%arg24) {restrict} : (memref<512xf32>) -> tensor<512xf32>
  %a26 = "bufferization.to_tensor"(%arg25) {restrict} : (memref<512x512x3x3xf32>) -> tensor<512x512x3x3xf32>
  %a27 = "bufferization.to_tensor"(%arg26) {restrict} : (memref<512xf32>) -> tensor<512xf32>
  %a28 = "bufferization.to_tensor"(%arg27) {restrict} : (memref<25088x4096xf32>) -> tensor<25088x4096xf32>
  %a29 = "bufferization.to_tensor"(%arg28) {restrict} : (memref<4096xf32>) -> tensor<4096xf32>
  %a30 = "bufferization.to_tensor"(%arg29) {restrict} : (memref<4096x4096xf32>) -> tensor<4096x4096xf32>
  %a31 = "bufferization.to_tensor"(%arg30) {restrict} : (memref<4096xf32>) -> tensor<4096xf32>
  %a32 = "bufferization.to_tensor"(%arg31) {restrict} : (memref<4096x1000xf32>) -> tensor<4096x1000xf32>
  %a33 = "bufferization.to_tensor"(%arg32) {restrict} : (memref<1000xf32>) -> tensor<1000xf32>
  %a0 = "bufferization.to_tensor"(%arg33) {restrict, writable} : (memref<1x1000xf32>) -> tensor<1x1000xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %cst1 = arith.constant 0xFF800000 : f32
  %pad_1 = tensor.pad %a1 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x3x224x224xf32> to tensor<1x3x226x226xf32>
  %e_2 = tensor.empty() : tensor<1x64x224x224xf32>
  %bias_3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a3 : tensor<64xf32>) outs(%e_2 : tensor<1x64x224x224xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x64x224x224xf32>
  %conv_4 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_1, %a2 : tensor<1x3x226x226xf32>, tensor<64x3x3x3xf32>) outs(%bias_3 : tensor<1x64x224x224xf32>) -> tensor<1x64x224x224xf32>
  %e_5 = tensor.empty() : tensor<1x64x224x224xf32>
  %relu_6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_4 : tensor<1x64x224x224xf32>) outs(%e_5 : tensor<1x64x224x224xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x64x224x224xf32>
  %pad_7 = tensor.pad %relu_6 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x64x224x224xf32> to tensor<1x64x226x226xf32>
  %e_8 = tensor.empty() : tensor<1x64x224x224xf32>
  %bias_9 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a5 : tensor<64xf32>) outs(%e_8 : tensor<1x64x224x224xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x64x224x224xf32>
  %conv_10 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_7, %a4 : tensor<1x64x226x226xf32>, tensor<64x64x3x3xf32>) outs(%bias_9 : tensor<1x64x224x224xf32>) -> tensor<1x64x224x224xf32>
  %e_11 = tensor.empty() : tensor<1x64x224x224xf32>
  %relu_12 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_10 : tensor<1x64x224x224xf32>) outs(%e_11 : tensor<1x64x224x224xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x64x224x224xf32>
  %e_13 = tensor.empty() : tensor<1x64x112x112xf32>
  %fill_14 = linalg.fill ins(%cst1 : f32) outs(%e_13 : tensor<1x64x112x112xf32>) -> tensor<1x64x112x112xf32>
  %e_15 = tensor.empty() : tensor<2x2xf32>
  %pool_16 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%relu_12, %e_15 : tensor<1x64x224x224xf32>, tensor<2x2xf32>) outs(%fill_14 : tensor<1x64x112x112xf32>) -> tensor<1x64x112x112xf32>
  %pad_17 = tensor.pad %pool_16 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x64x112x112xf32> to tensor<1x64x114x114xf32>
  %e_18 = tensor.empty() : tensor<1x128x112x112xf32>
  %bias_19 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a7 : tensor<128xf32>) outs(%e_18 : tensor<1x128x112x112xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x128x112x112xf32>
  %conv_20 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_17, %a6 : tensor<1x64x114x114xf32>, tensor<128x64x3x3xf32>) outs(%bias_19 : tensor<1x128x112x112xf32>) -> tensor<1x128x112x112xf32>
  %e_21 = tensor.empty() : tensor<1x128x112x112xf32>
  %relu_22 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_20 : tensor<1x128x112x112xf32>) outs(%e_21 : tensor<1x128x112x112xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x128x112x112xf32>
  %pad_23 = tensor.pad %relu_22 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x128x112x112xf32> to tensor<1x128x114x114xf32>
  %e_24 = tensor.empty() : tensor<1x128x112x112xf32>
  %bias_25 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a9 : tensor<128xf32>) outs(%e_24 : tensor<1x128x112x112xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x128x112x112xf32>
  %conv_26 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_23, %a8 : tensor<1x128x114x114xf32>, tensor<128x128x3x3xf32>) outs(%bias_25 : tensor<1x128x112x112xf32>) -> tensor<1x128x112x112xf32>
  %e_27 = tensor.empty() : tensor<1x128x112x112xf32>
  %relu_28 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_26 : tensor<1x128x112x112xf32>) outs(%e_27 : tensor<1x128x112x112xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x128x112x112xf32>
  %e_29 = tensor.empty() : tensor<1x128x56x56xf32>
  %fill_30 = linalg.fill ins(%cst1 : f32) outs(%e_29 : tensor<1x128x56x56xf32>) -> tensor<1x128x56x56xf32>
  %e_31 = tensor.empty() : tensor<2x2xf32>
  %pool_32 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%relu_28, %e_31 : tensor<1x128x112x112xf32>, tensor<2x2xf32>) outs(%fill_30 : tensor<1x128x56x56xf32>) -> tensor<1x128x56x56xf32>
  %pad_33 = tensor.pad %pool_32 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x128x56x56xf32> to tensor<1x128x58x58xf32>
  %e_34 = tensor.empty() : tensor<1x256x56x56xf32>
  %bias_35 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a11 : tensor<256xf32>) outs(%e_34 : tensor<1x256x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x256x56x56xf32>
  %conv_36 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_33, %a10 : tensor<1x128x58x58xf32>, tensor<256x128x3x3xf32>) outs(%bias_35 : tensor<1x256x56x56xf32>) -> tensor<1x256x56x56xf32>
  %e_37 = tensor.empty() : tensor<1x256x56x56xf32>
  %relu_38 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_36 : tensor<1x256x56x56xf32>) outs(%e_37 : tensor<1x256x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x256x56x56xf32>
  %pad_39 = tensor.pad %relu_38 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x256x56x56xf32> to tensor<1x256x58x58xf32>
  %e_40 = tensor.empty() : tensor<1x256x56x56xf32>
  %bias_41 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a13 : tensor<256xf32>) outs(%e_40 : tensor<1x256x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x256x56x56xf32>
  %conv_42 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_39, %a12 : tensor<1x256x58x58xf32>, tensor<256x256x3x3xf32>) outs(%bias_41 : tensor<1x256x56x56xf32>) -> tensor<1x256x56x56xf32>
  %e_43 = tensor.empty() : tensor<1x256x56x56xf32>
  %relu_44 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_42 : tensor<1x256x56x56xf32>) outs(%e_43 : tensor<1x256x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x256x56x56xf32>
  %pad_45 = tensor.pad %relu_44 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x256x56x56xf32> to tensor<1x256x58x58xf32>
  %e_46 = tensor.empty() : tensor<1x256x56x56xf32>
  %bias_47 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a15 : tensor<256xf32>) outs(%e_46 : tensor<1x256x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x256x56x56xf32>
  %conv_48 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_45, %a14 : tensor<1x256x58x58xf32>, tensor<256x256x3x3xf32>) outs(%bias_47 : tensor<1x256x56x56xf32>) -> tensor<1x256x56x56xf32>
  %e_49 = tensor.empty() : tensor<1x256x56x56xf32>
  %relu_50 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_48 : tensor<1x256x56x56xf32>) outs(%e_49 : tensor<1x256x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x256x56x56xf32>
  %e_51 = tensor.empty() : tensor<1x256x28x28xf32>
  %fill_52 = linalg.fill ins(%cst1 : f32) outs(%e_51 : tensor<1x256x28x28xf32>) -> tensor<1x256x28x28xf32>
  %e_53 = tensor.empty() : tensor<2x2xf32>
  %pool_54 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%relu_50, %e_53 : tensor<1x256x56x56xf32>, tensor<2x2xf32>) outs(%fill_52 : tensor<1x256x28x28xf32>) -> tensor<1x256x28x28xf32>
  %pad_55 = tensor.pad %pool_54 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x256x28x28xf32> to tensor<1x256x30x30xf32>
  %e_56 = tensor.empty() : tensor<1x512x28x28xf32>
  %bias_57 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a17 : tensor<512xf32>) outs(%e_56 : tensor<1x512x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x512x28x28xf32>
  %conv_58 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_55, %a16 : tensor<1x256x30x30xf32>, tensor<512x256x3x3xf32>) outs(%bias_57 : tensor<1x512x28x28xf32>) -> tensor<1x512x28x28xf32>
  %e_59 = tensor.empty() : tensor<1x512x28x28xf32>
  %relu_60 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_58 : tensor<1x512x28x28xf32>) outs(%e_59 : tensor<1x512x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x512x28x28xf32>
  %pad_61 = tensor.pad %relu_60 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x512x28x28xf32> to tensor<1x512x30x30xf32>
  %e_62 = tensor.empty() : tensor<1x512x28x28xf32>
  %bias_63 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a19 : tensor<512xf32>) outs(%e_62 : tensor<1x512x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x512x28x28xf32>
  %conv_64 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_61, %a18 : tensor<1x512x30x30xf32>, tensor<512x512x3x3xf32>) outs(%bias_63 : tensor<1x512x28x28xf32>) -> tensor<1x512x28x28xf32>
  %e_65 = tensor.empty() : tensor<1x512x28x28xf32>
  %relu_66 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_64 : tensor<1x512x28x28xf32>) outs(%e_65 : tensor<1x512x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x512x28x28xf32>
  %pad_67 = tensor.pad %relu_66 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x512x28x28xf32> to tensor<1x512x30x30xf32>
  %e_68 = tensor.empty() : tensor<1x512x28x28xf32>
  %bias_69 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a21 : tensor<512xf32>) outs(%e_68 : tensor<1x512x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x512x28x28xf32>
  %conv_70 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_67, %a20 : tensor<1x512x30x30xf32>, tensor<512x512x3x3xf32>) outs(%bias_69 : tensor<1x512x28x28xf32>) -> tensor<1x512x28x28xf32>
  %e_71 = tensor.empty() : tensor<1x512x28x28xf32>
  %relu_72 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_70 : tensor<1x512x28x28xf32>) outs(%e_71 : tensor<1x512x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x512x28x28xf32>
  %e_73 = tensor.empty() : tensor<1x512x14x14xf32>
  %fill_74 = linalg.fill ins(%cst1 : f32) outs(%e_73 : tensor<1x512x14x14xf32>) -> tensor<1x512x14x14xf32>
  %e_75 = tensor.empty() : tensor<2x2xf32>
  %pool_76 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%relu_72, %e_75 : tensor<1x512x28x28xf32>, tensor<2x2xf32>) outs(%fill_74 : tensor<1x512x14x14xf32>) -> tensor<1x512x14x14xf32>
  %pad_77 = tensor.pad %pool_76 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x512x14x14xf32> to tensor<1x512x16x16xf32>
  %e_78 = tensor.empty() : tensor<1x512x14x14xf32>
  %bias_79 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a23 : tensor<512xf32>) outs(%e_78 : tensor<1x512x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x512x14x14xf32>
  %conv_80 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_77, %a22 : tensor<1x512x16x16xf32>, tensor<512x512x3x3xf32>) outs(%bias_79 : tensor<1x512x14x14xf32>) -> tensor<1x512x14x14xf32>
  %e_81 = tensor.empty() : tensor<1x512x14x14xf32>
  %relu_82 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_80 : tensor<1x512x14x14xf32>) outs(%e_81 : tensor<1x512x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x512x14x14xf32>
  %pad_83 = tensor.pad %relu_82 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x512x14x14xf32> to tensor<1x512x16x16xf32>
  %e_84 = tensor.empty() : tensor<1x512x14x14xf32>
  %bias_85 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a25 : tensor<512xf32>) outs(%e_84 : tensor<1x512x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x512x14x14xf32>
  %conv_86 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_83, %a24 : tensor<1x512x16x16xf32>, tensor<512x512x3x3xf32>) outs(%bias_85 : tensor<1x512x14x14xf32>) -> tensor<1x512x14x14xf32>
  %e_87 = tensor.empty() : tensor<1x512x14x14xf32>
  %relu_88 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_86 : tensor<1x512x14x14xf32>) outs(%e_87 : tensor<1x512x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x512x14x14xf32>
  %pad_89 = tensor.pad %relu_88 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x512x14x14xf32> to tensor<1x512x16x16xf32>
  %e_90 = tensor.empty() : tensor<1x512x14x14xf32>
  %bias_91 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a27 : tensor<512xf32>) outs(%e_90 : tensor<1x512x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x512x14x14xf32>
  %conv_92 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_89, %a26 : tensor<1x512x16x16xf32>, tensor<512x512x3x3xf32>) outs(%bias_91 : tensor<1x512x14x14xf32>) -> tensor<1x512x14x14xf32>
  %e_93 = tensor.empty() : tensor<1x512x14x14xf32>
  %relu_94 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_92 : tensor<1x512x14x14xf32>) outs(%e_93 : tensor<1x512x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x512x14x14xf32>
  %e_95 = tensor.empty() : tensor<1x512x7x7xf32>
  %fill_96 = linalg.fill ins(%cst1 : f32) outs(%e_95 : tensor<1x512x7x7xf32>) -> tensor<1x512x7x7xf32>
  %e_97 = tensor.empty() : tensor<2x2xf32>
  %pool_98 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%relu_94, %e_97 : tensor<1x512x14x14xf32>, tensor<2x2xf32>) outs(%fill_96 : tensor<1x512x7x7xf32>) -> tensor<1x512x7x7xf32>
  %flat_99 = tensor.collapse_shape %pool_98 [[0], [1, 2, 3]] : tensor<1x512x7x7xf32> into tensor<1x25088xf32>
  %e_100 = tensor.empty() : tensor<1x4096xf32>
  %bias_101 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a29 : tensor<4096xf32>) outs(%e_100 : tensor<1x4096xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x4096xf32>
  %mm_102 = linalg.matmul ins(%flat_99, %a28 : tensor<1x25088xf32>, tensor<25088x4096xf32>) outs(%bias_101 : tensor<1x4096xf32>) -> tensor<1x4096xf32>
  %e_103 = tensor.empty() : tensor<1x4096xf32>
  %relu_104 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm_102 : tensor<1x4096xf32>) outs(%e_103 : tensor<1x4096xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x4096xf32>
  %e_105 = tensor.empty() : tensor<1x4096xf32>
  %bias_106 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a31 : tensor<4096xf32>) outs(%e_105 : tensor<1x4096xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x4096xf32>
  %mm_107 = linalg.matmul ins(%relu_104, %a30 : tensor<1x4096xf32>, tensor<4096x4096xf32>) outs(%bias_106 : tensor<1x4096xf32>) -> tensor<1x4096xf32>
  %e_108 = tensor.empty() : tensor<1x4096xf32>
  %relu_109 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm_107 : tensor<1x4096xf32>) outs(%e_108 : tensor<1x4096xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x4096xf32>
  %bias_110 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a33 : tensor<1000xf32>) outs(%a0 : tensor<1x1000xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x1000xf32>
  %mm_111 = linalg.matmul ins(%relu_109, %a32 : tensor<1x4096xf32>, tensor<4096x1000xf32>) outs(%bias_110 : tensor<1x1000xf32>) -> tensor<1x1000xf32>
  bufferization.materialize_in_destination %mm_111 in restrict writable %arg33
      : (tensor<1x1000xf32>, memref<1x1000xf32>) -> ()
  return
}
