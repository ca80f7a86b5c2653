// mlirrl pytorch model resnet18 (torchvision 0.14.1, fx-traced, eval), batch 1, 224x224, f32
// batch-norm folded into conv weights/bias by suites/pytorch/import_fx.py;
// arguments: input, parameters (see resnet18.args.json), output logits
func.func @main(%arg0: memref<1x3x224x224xf32>,
    %arg1: memref<64x3x7x7xf32>,
    %arg2: memref<64xf32>,
    %arg3: memref<64x64x3x3xf32>,
    %arg4: memref<64xf32>,
    %arg5: memref<64x64x3x3xf32>,
    %arg6: memref<64xf32>,
    %arg7: memref<64x64x3x3xf32>,
    %arg8: memref<64xf32>,
    %arg9: memref<64x64x3x3xf32>,
    %arg10: memref<64xf32>,
    %arg11: memref<128x64x3x3xf32>,
    %arg12: memref<128xf32>,
    %arg13: memref<128x128x3x3xf32>,
    %arg14: memref<128xf32>,
    %arg15: memref<128x64x1x1xf32>,
    %arg16: memref<128xf32>,
    %arg17: memref<128x128x3x3xf32>,
    %arg18: memref<128xf32>,
    %arg19: memref<128x128x3x3xf32>,
    %arg20: memref<128xf32>,
    %arg21: memref<256x128x3x3xf32>,
    %arg22: memref<256xf32>,
    %arg23: memref<256x256x3x3xf32>,
    %arg24: memref<256xf32>,
    %arg25: memref<256x128x1x1xf32>,
    %arg26: memref<256xf32>,
    %arg27: memref<256x256x3x3xf32>,
    %arg28: memref<256xf32>,
    %arg29: memref<256x256x3x3xf32>,
    %arg30: memref<256xf32>,
    %arg31: memref<512x256x3x3xf32>,
    %arg32: memref<512xf32>,
    %arg33: memref<512x512x3x3xf32>,
    %arg34: memref<512xf32>,
    %arg35: memref<512x256x1x1xf32>,
    %arg36: memref<512xf32>,
    %arg37: memref<512x512x3x3xf32>,
    %arg38: memref<512xf32>,
    %arg39: memref<512x512x3x3xf32>,
    %arg40: memref<512xf32>,
    %arg41: memref<512x1000xf32>,
    %arg42: memref<1000xf32>,
    %arg43: memref<1x1000xf32>)
    attributes {llvm.emit_c_interface} {
  %a1 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x3x224x224xf32>) -> tensor<1x3x224x224xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<64x3x7x7xf32>) -> tensor<64x3x7x7xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<64xf32>) -> tensor<64xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<64x64x3x3xf32>) -> tensor<64x64x3x3xf32>
  %a5 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<64xf32>) -> tensor<64xf32>
  %a6 = "bufferization.to_tensor"(%arg5) {restrict} : (memref<64x64x3x3xf32>) -> tensor<64x64x3x3xf32>
  %a7 = "bufferization.to_tensor"(%arg6) {restrict} : (memref<64xf32>) -> tensor<64xf32>
  %a8 = "bufferization.to_tensor"(%arg7) {restrict} : (memref<64x64x3x3xf32>) -> tensor<64x64x3x3xf32>
  %a9 = "bufferization.to_tensor"(%arg8) {restrict} : (memref<64xf32>) -> tensor<64xf32>
  %a10 = "bufferization.to_tensor"(%arg9) {restrict} : (memref<64x64x3x3xf32>) -> tensor<64x64x3x3xf32>
  %a11 = "bufferization.to_tensor"(%arg10) {restrict} : (memref<64xf32>) -> tensor<64xf32>
  %a12 = "bufferization.to_tensor"(%arg11) {restrict} : (memref<128x64x3x3xf32>) -> tensor<128x64x3x3xf32>
  %a13 = "bufferization.to_tensor"(%arg12) {restrict} : (memref<128xf32>) -> tensor<128xf32>
  %a14 = "bufferization.to_tensor"(%arg13) {restrict} : (memref<128x128x3x3xf32>) -> tensor<128x128x3x3xf32>
  %a15 = "bufferization.to_tensor"(%arg14) {restrict} : (memref<128xf32>) -> tensor<128xf32>
  %a16 = "bufferization.to_tensor"(%arg15) {restrict} : (memref<128x64x1x1xf32>) -> tensor<128x64x1x1xf32>
  %a17 = "bufferization.to_tensor"(%arg16) {restrict} : (memref<128xf32>) -> tensor<128xf32>
  %a18 = "bufferization.to_tensor"(%arg17) {restrict} : (memref<128x128x3x3xf32>) -> tensor<128x128x3x3xf32>
  %a19 = "bufferization.to_tensor"(%arg18) {restrict} : (memref<128xf32>) -> tensor<128xf32>
  %a20 = "bufferization.to_tensor"(%arg19) {restrict} : (memref<128x128x3x3xf32>) -> tensor<128x128x3x3xf32>
  %a21 = "bufferization.to_tensor"(%arg20) {restrict} : (memref<128xf32>) -> tensor<128xf32>
  %a22 = "bufferization.to_tensor"(%arg21) {restrict} : (memref<256x128x3x3xf32>) -> tensor<256x128x3x3xf32>
  %a23 = "bufferization.to_tensor"(%arg22) {restrict} : (memref<256xf32>) -> tensor<256xf32>
  %a24 = "bufferization.to_tensor"(%arg23) {restrict} : (memref<256x256x3x3xf32>) -> tensor<256x256x3x3xf32>
  %a25 = "bufferization.to_tensor"(%arg24) {restrict} : (memref<256xf32>) -> tensor<256xf32>
  %a26 = "bufferization.to_tensor"(%arg25) {restrict} : (memref<256x128x1x1xf32>) -> tensor<256x128x1x1xf32>
  %a27 = "bufferization.to_tensor"(%arg26) {restrict} : (memref<256xf32>) -> tensor<256xf32>
  %a28 = "bufferization.to_tensor"(%arg27) {restrict} : (memref<256x256x3x3xf32>) -> tensor<256x256x3x3xf32>
  %a29 = "bufferization.to_tensor"(%arg28) {restrict} : (memref<256xf32>) -> tensor<256xf32>
  %a30 = "bufferization.to_tensor"(%arg29) {restrict} : (memref<256x256x3x3xf32>) -> tensor<256x256x3x3xf32>
  %a31 = "bufferization.to_tensor"(%arg30) {restrict} : (memref<256xf32>) -> tensor<256xf32>
  %a32 = "bufferization.to_tensor"(%arg31) {restrict} : (memref<512x256x3x3xf32>) -> tensor<512x256x3x3xf32>
  %a33 = "bufferization.to_tensor"(%arg32) {restrict} : (memref<512xf32>) -> tensor<512xf32>
  %a34 = "bufferization.to_tensor"(%arg33) {restrict} : (memref<512x512x3x3xf32>) -> tensor<512x512x3x3xf32>
  %a35 = "bufferization.to_tensor"(%arg34) {restrict} : (memref<512xf32>) -> tensor<512xf32>
  %a36 = "bufferization.to_tensor"(%arg35) {restrict} : (memref<512x256x1x1xf32>) -> tensor<512x256x1x1xf32>
  %a37 = "bufferization.to_tensor"(%arg36) {restrict} : (memref<512xf32>) -> tensor<512xf32>
  %a38 = "bufferization.to_tensor"(%arg37) {restrict} : (memref<512x512x3x3xf32>) -> tensor<512x512x3x3xf32>
  %a39 = "bufferization.to_tensor"(%arg38) {restrict} : (memref<512xf32>) -> tensor<512xf32>
  %a40 = "bufferization.to_tensor"(%arg39) {restrict} : (memref<512x512x3x3xf32>) -> tensor<512x512x3x3xf32>
  %a41 = "bufferization.to_tensor"(%arg40) {restrict} : (memref<512xf32>) -> tensor<512xf32>
  %a42 = "bufferization.to_tensor"(%arg41) {restrict} : (memref<512x1000xf32>) -> tensor<512x1000xf32>
  %a43 = "bufferization.to_tensor"(%arg42) {restrict} : (memref<1000xf32>) -> tensor<1000xf32>
  %a0 = "bufferization.to_tensor"(%arg43) {restrict, writable} : (memref<1x1000xf32>) -> tensor<1x1000xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %cst1 = arith.constant 0xFF800000 : f32
  %cst2 = arith.constant 2.040816327e-02 : f32
  %pad_1 = tensor.pad %a1 low[0, 0, 3, 3] high[0, 0, 3, 3] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x3x224x224xf32> to tensor<1x3x230x230xf32>
  %e_2 = tensor.empty() : tensor<1x64x112x112xf32>
  %bias_3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a3 : tensor<64xf32>) outs(%e_2 : tensor<1x64x112x112xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x64x112x112xf32>
  %conv_4 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_1, %a2 : tensor<1x3x230x230xf32>, tensor<64x3x7x7xf32>) outs(%bias_3 : tensor<1x64x112x112xf32>) -> tensor<1x64x112x112xf32>
  %e_5 = tensor.empty() : tensor<1x64x112x112xf32>
  %relu_6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_4 : tensor<1x64x112x112xf32>) outs(%e_5 : tensor<1x64x112x112xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x64x112x112xf32>
  %pad_7 = tensor.pad %relu_6 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst1 : f32
  } : tensor<1x64x112x112xf32> to tensor<1x64x114x114xf32>
  %e_8 = tensor.empty() : tensor<1x64x56x56xf32>
  %fill_9 = linalg.fill ins(%cst1 : f32) outs(%e_8 : tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  %e_10 = tensor.empty() : tensor<3x3xf32>
  %pool_11 = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_7, %e_10 : tensor<1x64x114x114xf32>, tensor<3x3xf32>) outs(%fill_9 : tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  %pad_12 = tensor.pad %pool_11 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
  %e_13 = tensor.empty() : tensor<1x64x56x56xf32>
  %bias_14 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a5 : tensor<64xf32>) outs(%e_13 : tensor<1x64x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x64x56x56xf32>
  %conv_15 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_12, %a4 : tensor<1x64x58x58xf32>, tensor<64x64x3x3xf32>) outs(%bias_14 : tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  %e_16 = tensor.empty() : tensor<1x64x56x56xf32>
  %relu_17 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_15 : tensor<1x64x56x56xf32>) outs(%e_16 : tensor<1x64x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x64x56x56xf32>
  %pad_18 = tensor.pad %relu_17 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
  %e_19 = tensor.empty() : tensor<1x64x56x56xf32>
  %bias_20 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a7 : tensor<64xf32>) outs(%e_19 : tensor<1x64x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x64x56x56xf32>
  %conv_21 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_18, %a6 : tensor<1x64x58x58xf32>, tensor<64x64x3x3xf32>) outs(%bias_20 : tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  %e_22 = tensor.empty() : tensor<1x64x56x56xf32>
  %add_23 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_21, %pool_11 : tensor<1x64x56x56xf32>, tensor<1x64x56x56xf32>) outs(%e_22 : tensor<1x64x56x56xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x64x56x56xf32>
  %e_24 = tensor.empty() : tensor<1x64x56x56xf32>
  %relu_25 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_23 : tensor<1x64x56x56xf32>) outs(%e_24 : tensor<1x64x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x64x56x56xf32>
  %pad_26 = tensor.pad %relu_25 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
  %e_27 = tensor.empty() : tensor<1x64x56x56xf32>
  %bias_28 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a9 : tensor<64xf32>) outs(%e_27 : tensor<1x64x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x64x56x56xf32>
  %conv_29 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_26, %a8 : tensor<1x64x58x58xf32>, tensor<64x64x3x3xf32>) outs(%bias_28 : tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  %e_30 = tensor.empty() : tensor<1x64x56x56xf32>
  %relu_31 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_29 : tensor<1x64x56x56xf32>) outs(%e_30 : tensor<1x64x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x64x56x56xf32>
  %pad_32 = tensor.pad %relu_31 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
  %e_33 = tensor.empty() : tensor<1x64x56x56xf32>
  %bias_34 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a11 : tensor<64xf32>) outs(%e_33 : tensor<1x64x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x64x56x56xf32>
  %conv_35 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_32, %a10 : tensor<1x64x58x58xf32>, tensor<64x64x3x3xf32>) outs(%bias_34 : tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  %e_36 = tensor.empty() : tensor<1x64x56x56xf32>
  %add_37 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_35, %relu_25 : tensor<1x64x56x56xf32>, tensor<1x64x56x56xf32>) outs(%e_36 : tensor<1x64x56x56xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x64x56x56xf32>
  %e_38 = tensor.empty() : tensor<1x64x56x56xf32>
  %relu_39 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_37 : tensor<1x64x56x56xf32>) outs(%e_38 : tensor<1x64x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x64x56x56xf32>
  %pad_40 = tensor.pad %relu_39 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x64x56x56xf32> to tensor<1x64x58x58xf32>
  %e_41 = tensor.empty() : tensor<1x128x28x28xf32>
  %bias_42 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a13 : tensor<128xf32>) outs(%e_41 : tensor<1x128x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x128x28x28xf32>
  %conv_43 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_40, %a12 : tensor<1x64x58x58xf32>, tensor<128x64x3x3xf32>) outs(%bias_42 : tensor<1x128x28x28xf32>) -> tensor<1x128x28x28xf32>
  %e_44 = tensor.empty() : tensor<1x128x28x28xf32>
  %relu_45 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_43 : tensor<1x128x28x28xf32>) outs(%e_44 : tensor<1x128x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x128x28x28xf32>
  %pad_46 = tensor.pad %relu_45 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x128x28x28xf32> to tensor<1x128x30x30xf32>
  %e_47 = tensor.empty() : tensor<1x128x28x28xf32>
  %bias_48 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a15 : tensor<128xf32>) outs(%e_47 : tensor<1x128x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x128x28x28xf32>
  %conv_49 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_46, %a14 : tensor<1x128x30x30xf32>, tensor<128x128x3x3xf32>) outs(%bias_48 : tensor<1x128x28x28xf32>) -> tensor<1x128x28x28xf32>
  %e_50 = tensor.empty() : tensor<1x128x28x28xf32>
  %bias_51 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a17 : tensor<128xf32>) outs(%e_50 : tensor<1x128x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x128x28x28xf32>
  %conv_52 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%relu_39, %a16 : tensor<1x64x56x56xf32>, tensor<128x64x1x1xf32>) outs(%bias_51 : tensor<1x128x28x28xf32>) -> tensor<1x128x28x28xf32>
  %e_53 = tensor.empty() : tensor<1x128x28x28xf32>
  %add_54 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_49, %conv_52 : tensor<1x128x28x28xf32>, tensor<1x128x28x28xf32>) outs(%e_53 : tensor<1x128x28x28xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x128x28x28xf32>
  %e_55 = tensor.empty() : tensor<1x128x28x28xf32>
  %relu_56 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_54 : tensor<1x128x28x28xf32>) outs(%e_55 : tensor<1x128x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x128x28x28xf32>
  %pad_57 = tensor.pad %relu_56 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x128x28x28xf32> to tensor<1x128x30x30xf32>
  %e_58 = tensor.empty() : tensor<1x128x28x28xf32>
  %bias_59 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a19 : tensor<128xf32>) outs(%e_58 : tensor<1x128x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x128x28x28xf32>
  %conv_60 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_57, %a18 : tensor<1x128x30x30xf32>, tensor<128x128x3x3xf32>) outs(%bias_59 : tensor<1x128x28x28xf32>) -> tensor<1x128x28x28xf32>
  %e_61 = tensor.empty() : tensor<1x128x28x28xf32>
  %relu_62 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_60 : tensor<1x128x28x28xf32>) outs(%e_61 : tensor<1x128x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x128x28x28xf32>
  %pad_63 = tensor.pad %relu_62 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x128x28x28xf32> to tensor<1x128x30x30xf32>
  %e_64 = tensor.empty() : tensor<1x128x28x28xf32>
  %bias_65 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a21 : tensor<128xf32>) outs(%e_64 : tensor<1x128x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x128x28x28xf32>
  %conv_66 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_63, %a20 : tensor<1x128x30x30xf32>, tensor<128x128x3x3xf32>) outs(%bias_65 : tensor<1x128x28x28xf32>) -> tensor<1x128x28x28xf32>
  %e_67 = tensor.empty() : tensor<1x128x28x28xf32>
  %add_68 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_66, %relu_56 : tensor<1x128x28x28xf32>, tensor<1x128x28x28xf32>) outs(%e_67 : tensor<1x128x28x28xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x128x28x28xf32>
  %e_69 = tensor.empty() : tensor<1x128x28x28xf32>
  %relu_70 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_68 : tensor<1x128x28x28xf32>) outs(%e_69 : tensor<1x128x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x128x28x28xf32>
  %pad_71 = tensor.pad %relu_70 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x128x28x28xf32> to tensor<1x128x30x30xf32>
  %e_72 = tensor.empty() : tensor<1x256x14x14xf32>
  %bias_73 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a23 : tensor<256xf32>) outs(%e_72 : tensor<1x256x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x256x14x14xf32>
  %conv_74 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_71, %a22 : tensor<1x128x30x30xf32>, tensor<256x128x3x3xf32>) outs(%bias_73 : tensor<1x256x14x14xf32>) -> tensor<1x256x14x14xf32>
  %e_75 = tensor.empty() : tensor<1x256x14x14xf32>
  %relu_76 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_74 : tensor<1x256x14x14xf32>) outs(%e_75 : tensor<1x256x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x256x14x14xf32>
  %pad_77 = tensor.pad %relu_76 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x256x14x14xf32> to tensor<1x256x16x16xf32>
  %e_78 = tensor.empty() : tensor<1x256x14x14xf32>
  %bias_79 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a25 : tensor<256xf32>) outs(%e_78 : tensor<1x256x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x256x14x14xf32>
  %conv_80 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_77, %a24 : tensor<1x256x16x16xf32>, tensor<256x256x3x3xf32>) outs(%bias_79 : tensor<1x256x14x14xf32>) -> tensor<1x256x14x14xf32>
  %e_81 = tensor.empty() : tensor<1x256x14x14xf32>
  %bias_82 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a27 : tensor<256xf32>) outs(%e_81 : tensor<1x256x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x256x14x14xf32>
  %conv_83 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%relu_70, %a26 : tensor<1x128x28x28xf32>, tensor<256x128x1x1xf32>) outs(%bias_82 : tensor<1x256x14x14xf32>) -> tensor<1x256x14x14xf32>
  %e_84 = tensor.empty() : tensor<1x256x14x14xf32>
  %add_85 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_80, %conv_83 : tensor<1x256x14x14xf32>, tensor<1x256x14x14xf32>) outs(%e_84 : tensor<1x256x14x14xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x256x14x14xf32>
  %e_86 = tensor.empty() : tensor<1x256x14x14xf32>
  %relu_87 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_85 : tensor<1x256x14x14xf32>) outs(%e_86 : tensor<1x256x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x256x14x14xf32>
  %pad_88 = tensor.pad %relu_87 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x256x14x14xf32> to tensor<1x256x16x16xf32>
  %e_89 = tensor.empty() : tensor<1x256x14x14xf32>
  %bias_90 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a29 : tensor<256xf32>) outs(%e_89 : tensor<1x256x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x256x14x14xf32>
  %conv_91 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_88, %a28 : tensor<1x256x16x16xf32>, tensor<256x256x3x3xf32>) outs(%bias_90 : tensor<1x256x14x14xf32>) -> tensor<1x256x14x14xf32>
  %e_92 = tensor.empty() : tensor<1x256x14x14xf32>
  %relu_93 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_91 : tensor<1x256x14x14xf32>) outs(%e_92 : tensor<1x256x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x256x14x14xf32>
  %pad_94 = tensor.pad %relu_93 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x256x14x14xf32> to tensor<1x256x16x16xf32>
  %e_95 = tensor.empty() : tensor<1x256x14x14xf32>
  %bias_96 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a31 : tensor<256xf32>) outs(%e_95 : tensor<1x256x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x256x14x14xf32>
  %conv_97 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_94, %a30 : tensor<1x256x16x16xf32>, tensor<256x256x3x3xf32>) outs(%bias_96 : tensor<1x256x14x14xf32>) -> tensor<1x256x14x14xf32>
  %e_98 = tensor.empty() : tensor<1x256x14x14xf32>
  %add_99 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_97, %relu_87 : tensor<1x256x14x14xf32>, tensor<1x256x14x14xf32>) outs(%e_98 : tensor<1x256x14x14xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x256x14x14xf32>
  %e_100 = tensor.empty() : tensor<1x256x14x14xf32>
  %relu_101 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_99 : tensor<1x256x14x14xf32>) outs(%e_100 : tensor<1x256x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x256x14x14xf32>
  %pad_102 = tensor.pad %relu_101 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x256x14x14xf32> to tensor<1x256x16x16xf32>
  %e_103 = tensor.empty() : tensor<1x512x7x7xf32>
  %bias_104 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a33 : tensor<512xf32>) outs(%e_103 : tensor<1x512x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x512x7x7xf32>
  %conv_105 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_102, %a32 : tensor<1x256x16x16xf32>, tensor<512x256x3x3xf32>) outs(%bias_104 : tensor<1x512x7x7xf32>) -> tensor<1x512x7x7xf32>
  %e_106 = tensor.empty() : tensor<1x512x7x7xf32>
  %relu_107 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_105 : tensor<1x512x7x7xf32>) outs(%e_106 : tensor<1x512x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x512x7x7xf32>
  %pad_108 = tensor.pad %relu_107 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x512x7x7xf32> to tensor<1x512x9x9xf32>
  %e_109 = tensor.empty() : tensor<1x512x7x7xf32>
  %bias_110 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a35 : tensor<512xf32>) outs(%e_109 : tensor<1x512x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x512x7x7xf32>
  %conv_111 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_108, %a34 : tensor<1x512x9x9xf32>, tensor<512x512x3x3xf32>) outs(%bias_110 : tensor<1x512x7x7xf32>) -> tensor<1x512x7x7xf32>
  %e_112 = tensor.empty() : tensor<1x512x7x7xf32>
  %bias_113 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a37 : tensor<512xf32>) outs(%e_112 : tensor<1x512x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x512x7x7xf32>
  %conv_114 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%relu_101, %a36 : tensor<1x256x14x14xf32>, tensor<512x256x1x1xf32>) outs(%bias_113 : tensor<1x512x7x7xf32>) -> tensor<1x512x7x7xf32>
  %e_115 = tensor.empty() : tensor<1x512x7x7xf32>
  %add_116 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_111, %conv_114 : tensor<1x512x7x7xf32>, tensor<1x512x7x7xf32>) outs(%e_115 : tensor<1x512x7x7xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x512x7x7xf32>
  %e_117 = tensor.empty() : tensor<1x512x7x7xf32>
  %relu_118 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_116 : tensor<1x512x7x7xf32>) outs(%e_117 : tensor<1x512x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x512x7x7xf32>
  %pad_119 = tensor.pad %relu_118 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x512x7x7xf32> to tensor<1x512x9x9xf32>
  %e_120 = tensor.empty() : tensor<1x512x7x7xf32>
  %bias_121 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a39 : tensor<512xf32>) outs(%e_120 : tensor<1x512x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x512x7x7xf32>
  %conv_122 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_119, %a38 : tensor<1x512x9x9xf32>, tensor<512x512x3x3xf32>) outs(%bias_121 : tensor<1x512x7x7xf32>) -> tensor<1x512x7x7xf32>
  %e_123 = tensor.empty() : tensor<1x512x7x7xf32>
  %relu_124 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_122 : tensor<1x512x7x7xf32>) outs(%e_123 : tensor<1x512x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x512x7x7xf32>
  %pad_125 = tensor.pad %relu_124 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x512x7x7xf32> to tensor<1x512x9x9xf32>
  %e_126 = tensor.empty() : tensor<1x512x7x7xf32>
  %bias_127 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a41 : tensor<512xf32>) outs(%e_126 : tensor<1x512x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x512x7x7xf32>
  %conv_128 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_125, %a40 : tensor<1x512x9x9xf32>, tensor<512x512x3x3xf32>) outs(%bias_127 : tensor<1x512x7x7xf32>) -> tensor<1x512x7x7xf32>
  %e_129 = tensor.empty() : tensor<1x512x7x7xf32>
  %add_130 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_128, %relu_118 : tensor<1x512x7x7xf32>, tensor<1x512x7x7xf32>) outs(%e_129 : tensor<1x512x7x7xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x512x7x7xf32>
  %e_131 = tensor.empty() : tensor<1x512x7x7xf32>
  %relu_132 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_130 : tensor<1x512x7x7xf32>) outs(%e_131 : tensor<1x512x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.maximumf %in0, %cst0 : f32
    linalg.yield %r : f32
  } -> tensor<1x512x7x7xf32>
  %e_133 = tensor.empty() : tensor<1x512x1x1xf32>
  %fill_134 = linalg.fill ins(%cst0 : f32) outs(%e_133 : tensor<1x512x1x1xf32>) -> tensor<1x512x1x1xf32>
  %e_135 = tensor.empty() : tensor<7x7xf32>
  %pool_136 = linalg.pooling_nchw_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<7> : tensor<2xi64>} ins(%relu_132, %e_135 : tensor<1x512x7x7xf32>, tensor<7x7xf32>) outs(%fill_134 : tensor<1x512x1x1xf32>) -> tensor<1x512x1x1xf32>
  %e_137 = tensor.empty() : tensor<1x512x1x1xf32>
  %scale_138 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%pool_136 : tensor<1x512x1x1xf32>) outs(%e_137 : tensor<1x512x1x1xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.mulf %in0, %cst2 : f32
    linalg.yield %r : f32
  } -> tensor<1x512x1x1xf32>
  %flat_139 = tensor.collapse_shape %scale_138 [[0], [1, 2, 3]] : tensor<1x512x1x1xf32> into tensor<1x512xf32>
  %bias_140 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a43 : tensor<1000xf32>) outs(%a0 : tensor<1x1000xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x1000xf32>
  %mm_141 = linalg.matmul ins(%flat_139, %a42 : tensor<1x512xf32>, tensor<512x1000xf32>) outs(%bias_140 : tensor<1x1000xf32>) -> tensor<1x1000xf32>
  bufferization.materialize_in_destination %mm_141 in restrict writable %arg43
      : (tensor<1x1000xf32>, memref<1x1000xf32>) -> ()
  return
}
