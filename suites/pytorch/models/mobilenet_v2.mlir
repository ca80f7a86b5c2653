// mlirrl pytorch model mobilenet_v2 (torchvision 0.14.1, fx-traced, eval), batch 1, 224x224, f32
// batch-norm folded into conv weights/bias by suites/pytorch/import_fx.py;
// arguments: input, parameters (see mobilenet_v2.args.json), output logits
func.func @main(%arg0: memref<1x3x224x224xf32>,
    %arg1: memref<32x3x3x3xf32>,
    %arg2: memref<32xf32>,
    %arg3: memref<32x3x3xf32>,
    %arg4: memref<32xf32>,
    %arg5: memref<16x32x1x1xf32>,
    %arg6: memref<16xf32>,
    %arg7: memref<96x16x1x1xf32>,
    %arg8: memref<96xf32>,
    %arg9: memref<96x3x3xf32>,
    %arg10: memref<96xf32>,
    %arg11: memref<24x96x1x1xf32>,
    %arg12: memref<24xf32>,
    %arg13: memref<144x24x1x1xf32>,
    %arg14: memref<144xf32>,
    %arg15: memref<144x3x3xf32>,
    %arg16: memref<144xf32>,
    %arg17: memref<24x144x1x1xf32>,
    %arg18: memref<24xf32>,
    %arg19: memref<144x24x1x1xf32>,
    %arg20: memref<144xf32>,
    %arg21: memref<144x3x3xf32>,
    %arg22: memref<144xf32>,
    %arg23: memref<32x144x1x1xf32>,
    %arg24: memref<32xf32>,
    %arg25: memref<192x32x1x1xf32>,
    %arg26: memref<192xf32>,
    %arg27: memref<192x3x3xf32>,
    %arg28: memref<192xf32>,
    %arg29: memref<32x192x1x1xf32>,
    %arg30: memref<32xf32>,
    %arg31: memref<192x32x1x1xf32>,
    %arg32: memref<192xf32>,
    %arg33: memref<192x3x3xf32>,
    %arg34: memref<192xf32>,
    %arg35: memref<32x192x1x1xf32>,
    %arg36: memref<32xf32>,
    %arg37: memref<192x32x1x1xf32>,
    %arg38: memref<192xf32>,
    %arg39: memref<192x3x3xf32>,
    %arg40: memref<192xf32>,
    %arg41: memref<64x192x1x1xf32>,
    %arg42: memref<64xf32>,
    %arg43: memref<384x64x1x1xf32>,
    %arg44: memref<384xf32>,
    %arg45: memref<384x3x3xf32>,
    %arg46: memref<384xf32>,
    %arg47: memref<64x384x1x1xf32>,
    %arg48: memref<64xf32>,
    %arg49: memref<384x64x1x1xf32>,
    %arg50: memref<384xf32>,
    %arg51: memref<384x3x3xf32>,
    %arg52: memref<384xf32>,
    %arg53: memref<64x384x1x1xf32>,
    %arg54: memref<64xf32>,
    %arg55: memref<384x64x1x1xf32>,
    %arg56: memref<384xf32>,
    %arg57: memref<384x3x3xf32>,
    %arg58: memref<384xf32>,
    %arg59: memref<64x384x1x1xf32>,
    %arg60: memref<64xf32>,
    %arg61: memref<384x64x1x1xf32>,
    %arg62: memref<384xf32>,
    %arg63: memref<384x3x3xf32>,
    %arg64: memref<384xf32>,
    %arg65: memref<96x384x1x1xf32>,
    %arg66: memref<96xf32>,
    %arg67: memref<576x96x1x1xf32>,
    %arg68: memref<576xf32>,
    %arg69: memref<576x3x3xf32>,
    %arg70: memref<576xf32>,
    %arg71: memref<96x576x1x1xf32>,
    %arg72: memref<96xf32>,
    %arg73: memref<576x96x1x1xf32>,
    %arg74: memref<576xf32>,
    %arg75: memref<576x3x3xf32>,
    %arg76: memref<576xf32>,
    %arg77: memref<96x576x1x1xf32>,
    %arg78: memref<96xf32>,
    %arg79: memref<576x96x1x1xf32>,
    %arg80: memref<576xf32>,
    %arg81: memref<576x3x3xf32>,
    %arg82: memref<576xf32>,
    %arg83: memref<160x576x1x1xf32>,
    %arg84: memref<160xf32>,
    %arg85: memref<960x160x1x1xf32>,
    %arg86: memref<960xf32>,
    %arg87: memref<960x3x3xf32>,
    %arg88: memref<960xf32>,
    %arg89: memref<160x960x1x1xf32>,
    %arg90: memref<160xf32>,
    %arg91: memref<960x160x1x1xf32>,
    %arg92: memref<960xf32>,
    %arg93: memref<960x3x3xf32>,
    %arg94: memref<960xf32>,
    %arg95: memref<160x960x1x1xf32>,
    %arg96: memref<160xf32>,
    %arg97: memref<960x160x1x1xf32>,
    %arg98: memref<960xf32>,
    %arg99: memref<960x3x3xf32>,
    %arg100: memref<960xf32>,
    %arg101: memref<320x960x1x1xf32>,
    %arg102: memref<320xf32>,
    %arg103: memref<1280x320x1x1xf32>,
    %arg104: memref<1280xf32>,
    %arg105: memref<1280x1000xf32>,
    %arg106: memref<1000xf32>,
    %arg107: memref<1x1000xf32>)
    attributes {llvm.emit_c_interface} {
  %a1 = "bufferization.to_tensor"(%arg0) {restrict} : (memref<1x3x224x224xf32>) -> tensor<1x3x224x224xf32>
  %a2 = "bufferization.to_tensor"(%arg1) {restrict} : (memref<32x3x3x3xf32>) -> tensor<32x3x3x3xf32>
  %a3 = "bufferization.to_tensor"(%arg2) {restrict} : (memref<32xf32>) -> tensor<32xf32>
  %a4 = "bufferization.to_tensor"(%arg3) {restrict} : (memref<32x3x3xf32>) -> tensor<32x3x3xf32>
  %a5 = "bufferization.to_tensor"(%arg4) {restrict} : (memref<32xf32>) -> tensor<32xf32>
  %a6 = "bufferization.to_tensor"(%arg5) {restrict} : (memref<16x32x1x1xf32>) -> tensor<16x32x1x1xf32>
  %a7 = "bufferization.to_tensor"(%arg6) {restrict} : (memref<16xf32>) -> tensor<16xf32>
  %a8 = "bufferization.to_tensor"(%arg7) {restrict} : (memref<96x16x1x1xf32>) -> tensor<96x16x1x1xf32>
  %a9 = "bufferization.to_tensor"(%arg8) {restrict} : (memref<96xf32>) -> tensor<96xf32>
  %a10 = "bufferization.to_tensor"(%arg9) {restrict} : (memref<96x3x3xf32>) -> tensor<96x3x3xf32>
  %a11 = "bufferization.to_tensor"(%arg10) {restrict} : (memref<96xf32>) -> tensor<96xf32>
  %a12 = "bufferization.to_tensor"(%arg11) {restrict} : (memref<24x96x1x1xf32>) -> tensor<24x96x1x1xf32>
  %a13 = "bufferization.to_tensor"(%arg12) {restrict} : (memref<24xf32>) -> tensor<24xf32>
  %a14 = "bufferization.to_tensor"(%arg13) {restrict} : (memref<144x24x1x1xf32>) -> tensor<144x24x1x1xf32>
  %a15 = "bufferization.to_tensor"(%arg14) {restrict} : (memref<144xf32>) -> tensor<144xf32>
  %a16 = "bufferization.to_tensor"(%arg15) {restrict} : (memref<144x3x3xf32>) -> tensor<144x3x3xf32>
  %a17 = "bufferization.to_tensor"(%arg16) {restrict} : (memref<144xf32>) -> tensor<144xf32>
  %a18 = "bufferization.to_tensor"(%arg17) {restrict} : (memref<24x144x1x1xf32>) -> tensor<24x144x1x1xf32>
  %a19 = "bufferization.to_tensor"(%arg18) {restrict} : (memref<24xf32>) -> tensor<24xf32>
  %a20 = "bufferization.to_tensor"(%arg19) {restrict} : (memref<144x24x1x1xf32>) -> tensor<144x24x1x1xf32>
  %a21 = "bufferization.to_tensor"(%arg20) {restrict} : (memref<144xf32>) -> tensor<144xf32>
  %a22 = "bufferization.to_tensor"(%arg21) {restrict} : (memref<144x3x3xf32>) -> tensor<144x3x3xf32>
  %a23 = "bufferization.to_tensor"(%arg22) {restrict} : (memref<144xf32>) -> tensor<144xf32>
  %a24 = "bufferization.to_tensor"(%arg23) {restrict} : (memref<32x144x1x1xf32>) -> tensor<32x144x1x1xf32>
  %a25 = "bufferization.to_tensor"(%arg24) {restrict} : (memref<32xf32>) -> tensor<32xf32>
  %a26 = "bufferization.to_tensor"(%arg25) {restrict} : (memref<192x32x1x1xf32>) -> tensor<192x32x1x1xf32>
  %a27 = "bufferization.to_tensor"(%arg26) {restrict} : (memref<192xf32>) -> tensor<192xf32>
  %a28 = "bufferization.to_tensor"(%arg27) {restrict} : (memref<192x3x3xf32>) -> tensor<192x3x3xf32>
  %a29 = "bufferization.to_tensor"(%arg28) {restrict} : (memref<192xf32>) -> tensor<192xf32>
  %a30 = "bufferization.to_tensor"(%arg29) {restrict} : (memref<32x192x1x1xf32>) -> tensor<32x192x1x1xf32>
  %a31 = "bufferization.to_tensor"(%arg30) {restrict} : (memref<32xf32>) -> tensor<32xf32>
  %a32 = "bufferization.to_tensor"(%arg31) {restrict} : (memref<192x32x1x1xf32>) -> tensor<192x32x1x1xf32>
  %a33 = "bufferization.to_tensor"(%arg32) {restrict} : (memref<192xf32>) -> tensor<192xf32>
  %a34 = "bufferization.to_tensor"(%arg33) {restrict} : (memref<192x3x3xf32>) -> tensor<192x3x3xf32>
  %a35 = "bufferization.to_tensor"(%arg34) {restrict} : (memref<192xf32>) -> tensor<192xf32>
  %a36 = "bufferization.to_tensor"(%arg35) {restrict} : (memref<32x192x1x1xf32>) -> tensor<32x192x1x1xf32>
  %a37 = "bufferization.to_tensor"(%arg36) {restrict} : (memref<32xf32>) -> tensor<32xf32>
  %a38 = "bufferization.to_tensor"(%arg37) {restrict} : (memref<192x32x1x1xf32>) -> tensor<192x32x1x1xf32>
  %a39 = "bufferization.to_tensor"(%arg38) {restrict} : (memref<192xf32>) -> tensor<192xf32>
  %a40 = "bufferization.to_tensor"(%arg39) {restrict} : (memref<192x3x3xf32>) -> tensor<192x3x3xf32>
  %a41 = "bufferization.to_tensor"(%arg40) {restrict} : (memref<192xf32>) -> tensor<192xf32>
  %a42 = "bufferization.to_tensor"(%arg41) {restrict} : (memref<64x192x1x1xf32>) -> tensor<64x192x1x1xf32>
  %a43 = "bufferization.to_tensor"(%arg42) {restrict} : (memref<64xf32>) -> tensor<64xf32>
  %a44 = "bufferization.to_tensor"(%arg43) {restrict} : (memref<384x64x1x1xf32>) -> tensor<384x64x1x1xf32>
  %a45 = "bufferization.to_tensor"(%arg44) {restrict} : (memref<384xf32>) -> tensor<384xf32>
  %a46 = "bufferization.to_tensor"(%arg45) {restrict} : (memref<384x3x3xf32>) -> tensor<384x3x3xf32>
  %a47 = "bufferization.to_tensor"(%arg46) {restrict} : (memref<384xf32>) -> tensor<384xf32>
  %a48 = "bufferization.to_tensor"(%arg47) {restrict} : (memref<64x384x1x1xf32>) -> tensor<64x384x1x1xf32>
  %a49 = "bufferization.to_tensor"(%arg48) {restrict} : (memref<64xf32>) -> tensor<64xf32>
  %a50 = "bufferization.to_tensor"(%arg49) {restrict} : (memref<384x64x1x1xf32>) -> tensor<384x64x1x1xf32>
  %a51 = "bufferization.to_tensor"(%arg50) {restrict} : (memref<384xf32>) -> tensor<384xf32>
  %a52 = "bufferization.to_tensor"(%arg51) {restrict} : (memref<384x3x3xf32>) -> tensor<384x3x3xf32>
  %a53 = "bufferization.to_tensor"(%arg52) {restrict} : (memref<384xf32>) -> tensor<384xf32>
  %a54 = "bufferization.to_tensor"(%arg53) {restrict} : (memref<64x384x1x1xf32>) -> tensor<64x384x1x1xf32>
  %a55 = "bufferization.to_tensor"(%arg54) {restrict} : (memref<64xf32>) -> tensor<64xf32>
  %a56 = "bufferization.to_tensor"(%arg55) {restrict} : (memref<384x64x1x1xf32>) -> tensor<384x64x1x1xf32>
  %a57 = "bufferization.to_tensor"(%arg56) {restrict} : (memref<384xf32>) -> tensor<384xf32>
  %a58 = "bufferization.to_tensor"(%arg57) {restrict} : (memref<384x3x3xf32>) -> tensor<384x3x3xf32>
  %a59 = "bufferization.to_tensor"(%arg58) {restrict} : (memref<384xf32>) -> tensor<384xf32>
  %a60 = "bufferization.to_tensor"(%arg59) {restrict} : (memref<64x384x1x1xf32>) -> tensor<64x384x1x1xf32>
  %a61 = "bufferization.to_tensor"(%arg60) {restrict} : (memref<64xf32>) -> tensor<64xf32>
  %a62 = "bufferization.to_tensor"(%arg61) {restrict} : (memref<384x64x1x1xf32>) -> tensor<384x64x1x1xf32>
  %a63 = "bufferization.to_tensor"(%arg62) {restrict} : (memref<384xf32>) -> tensor<384xf32>
  %a64 = "bufferization.to_tensor"(%arg63) {restrict} : (memref<384x3x3xf32>) -> tensor<384x3x3xf32>
  %a65 = "bufferization.to_tensor"(%arg64) {restrict} : (memref<384xf32>) -> tensor<384xf32>
  %a66 = "bufferization.to_tensor"(%arg65) {restrict} : (memref<96x384x1x1xf32>) -> tensor<96x384x1x1xf32>
  %a67 = "bufferization.to_tensor"(%arg66) {restrict} : (memref<96xf32>) -> tensor<96xf32>
  %a68 = "bufferization.to_tensor"(%arg67) {restrict} : (memref<576x96x1x1xf32>) -> tensor<576x96x1x1xf32>
  %a69 = "bufferization.to_tensor"(%arg68) {restrict} : (memref<576xf32>) -> tensor<576xf32>
  %a70 = "bufferization.to_tensor"(%arg69) {restrict} : (memref<576x3x3xf32>) -> tensor<576x3x3xf32>
  %a71 = "bufferization.to_tensor"(%arg70) {restrict} : (memref<576xf32>) -> tensor<576xf32>
  %a72 = "bufferization.to_tensor"(%arg71) {restrict} : (memref<96x576x1x1xf32>) -> tensor<96x576x1x1xf32>
  %a73 = "bufferization.to_tensor"(%arg72) {restrict} : (memref<96xf32>) -> tensor<96xf32>
  %a74 = "bufferization.to_tensor"(%arg73) {restrict} : (memref<576x96x1x1xf32>) -> tensor<576x96x1x1xf32>
  %a75 = "bufferization.to_tensor"(%arg74) {restrict} : (memref<576xf32>) -> tensor<576xf32>
  %a76 = "bufferization.to_tensor"(%arg75) {restrict} : (memref<576x3x3xf32>) -> tensor<576x3x3xf32>
  %a77 = "bufferization.to_tensor"(%arg76) {restrict} : (memref<576xf32>) -> tensor<576xf32>
  %a78 = "bufferization.to_tensor"(%arg77) {restrict} : (memref<96x576x1x1xf32>) -> tensor<96x576x1x1xf32>
  %a79 = "bufferization.to_tensor"(%arg78) {restrict} : (memref<96xf32>) -> tensor<96xf32>
  %a80 = "bufferization.to_tensor"(%arg79) {restrict} : (memref<576x96x1x1xf32>) -> tensor<576x96x1x1xf32>
  %a81 = "bufferization.to_tensor"(%arg80) {restrict} : (memref<576xf32>) -> tensor<576xf32>
  %a82 = "bufferization.to_tensor"(%arg81) {restrict} : (memref<576x3x3xf32>) -> tensor<576x3x3xf32>
  %a83 = "bufferization.to_tensor"(%arg82) {restrict} : (memref<576xf32>) -> tensor<576xf32>
  %a84 = "bufferization.to_tensor"(%arg83) {restrict} : (memref<160x576x1x1xf32>) -> tensor<160x576x1x1xf32>
  %a85 = "bufferization.to_tensor"(%arg84) {restrict} : (memref<160xf32>) -> tensor<160xf32>
  %a86 = "bufferization.to_tensor"(%arg85) {restrict} : (memref<960x160x1x1xf32>) -> tensor<960x160x1x1xf32>
  %a87 = "bufferization.to_tensor"(%arg86) {restrict} : (memref<960xf32>) -> tensor<960xf32>
  %a88 = "bufferization.to_tensor"(%arg87) {restrict} : (memref<960x3x3xf32>) -> tensor<960x3x3xf32>
  %a89 = "bufferization.to_tensor"(%arg88) {restrict} : (memref<960xf32>) -> tensor<960xf32>
  %a90 = "bufferization.to_tensor"(%arg89) {restrict} : (memref<160x960x1x1xf32>) -> tensor<160x960x1x1xf32>
  %a91 = "bufferization.to_tensor"(%arg90) {restrict} : (memref<160xf32>) -> tensor<160xf32>
  %a92 = "bufferization.to_tensor"(%arg91) {restrict} : (memref<960x160x1x1xf32>) -> tensor<960x160x1x1xf32>
  %a93 = "bufferization.to_tensor"(%arg92) {restrict} : (memref<960xf32>) -> tensor<960xf32>
  %a94 = "bufferization.to_tensor"(%arg93) {restrict} : (memref<960x3x3xf32>) -> tensor<960x3x3xf32>
  %a95 = "bufferization.to_tensor"(%arg94) {restrict} : (memref<960xf32>) -> tensor<960xf32>
  %a96 = "bufferization.to_tensor"(%arg95) {restrict} : (memref<160x960x1x1xf32>) -> tensor<160x960x1x1xf32>
  %a97 = "bufferization.to_tensor"(%arg96) {restrict} : (memref<160xf32>) -> tensor<160xf32>
  %a98 = "bufferization.to_tensor"(%arg97) {restrict} : (memref<960x160x1x1xf32>) -> tensor<960x160x1x1xf32>
  %a99 = "bufferization.to_tensor"(%arg98) {restrict} : (memref<960xf32>) -> tensor<960xf32>
  %a100 = "bufferization.to_tensor"(%arg99) {restrict} : (memref<960x3x3xf32>) -> tensor<960x3x3xf32>
  %a101 = "bufferization.to_tensor"(%arg100) {restrict} : (memref<960xf32>) -> tensor<960xf32>
  %a102 = "bufferization.to_tensor"(%arg101) {restrict} : (memref<320x960x1x1xf32>) -> tensor<320x960x1x1xf32>
  %a103 = "bufferization.to_tensor"(%arg102) {restrict} : (memref<320xf32>) -> tensor<320xf32>
  %a104 = "bufferization.to_tensor"(%arg103) {restrict} : (memref<1280x320x1x1xf32>) -> tensor<1280x320x1x1xf32>
  %a105 = "bufferization.to_tensor"(%arg104) {restrict} : (memref<1280xf32>) -> tensor<1280xf32>
  %a106 = "bufferization.to_tensor"(%arg105) {restrict} : (memref<1280x1000xf32>) -> tensor<1280x1000xf32>
  %a107 = "bufferization.to_tensor"(%arg106) {restrict} : (memref<1000xf32>) -> tensor<1000xf32>
  %a0 = "bufferization.to_tensor"(%arg107) {restrict, writable} : (memref<1x1000xf32>) -> tensor<1x1000xf32>
  %cst0 = arith.constant 0.000000000e+00 : f32
  %cst1 = arith.constant 6.000000000e+00 : f32
  %cst2 = arith.constant 2.040816327e-02 : f32
  %pad_1 = tensor.pad %a1 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x3x224x224xf32> to tensor<1x3x226x226xf32>
  %e_2 = tensor.empty() : tensor<1x32x112x112xf32>
  %bias_3 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a3 : tensor<32xf32>) outs(%e_2 : tensor<1x32x112x112xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x32x112x112xf32>
  %conv_4 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_1, %a2 : tensor<1x3x226x226xf32>, tensor<32x3x3x3xf32>) outs(%bias_3 : tensor<1x32x112x112xf32>) -> tensor<1x32x112x112xf32>
  %e_5 = tensor.empty() : tensor<1x32x112x112xf32>
  %relu6_6 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_4 : tensor<1x32x112x112xf32>) outs(%e_5 : tensor<1x32x112x112xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x32x112x112xf32>
  %pad_7 = tensor.pad %relu6_6 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x32x112x112xf32> to tensor<1x32x114x114xf32>
  %e_8 = tensor.empty() : tensor<1x32x112x112xf32>
  %bias_9 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a5 : tensor<32xf32>) outs(%e_8 : tensor<1x32x112x112xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x32x112x112xf32>
  %conv_10 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_7, %a4 : tensor<1x32x114x114xf32>, tensor<32x3x3xf32>) outs(%bias_9 : tensor<1x32x112x112xf32>) -> tensor<1x32x112x112xf32>
  %e_11 = tensor.empty() : tensor<1x32x112x112xf32>
  %relu6_12 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_10 : tensor<1x32x112x112xf32>) outs(%e_11 : tensor<1x32x112x112xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x32x112x112xf32>
  %e_13 = tensor.empty() : tensor<1x16x112x112xf32>
  %bias_14 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a7 : tensor<16xf32>) outs(%e_13 : tensor<1x16x112x112xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x16x112x112xf32>
  %conv_15 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%relu6_12, %a6 : tensor<1x32x112x112xf32>, tensor<16x32x1x1xf32>) outs(%bias_14 : tensor<1x16x112x112xf32>) -> tensor<1x16x112x112xf32>
  %e_16 = tensor.empty() : tensor<1x96x112x112xf32>
  %bias_17 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a9 : tensor<96xf32>) outs(%e_16 : tensor<1x96x112x112xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x96x112x112xf32>
  %conv_18 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%conv_15, %a8 : tensor<1x16x112x112xf32>, tensor<96x16x1x1xf32>) outs(%bias_17 : tensor<1x96x112x112xf32>) -> tensor<1x96x112x112xf32>
  %e_19 = tensor.empty() : tensor<1x96x112x112xf32>
  %relu6_20 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_18 : tensor<1x96x112x112xf32>) outs(%e_19 : tensor<1x96x112x112xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x96x112x112xf32>
  %pad_21 = tensor.pad %relu6_20 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x96x112x112xf32> to tensor<1x96x114x114xf32>
  %e_22 = tensor.empty() : tensor<1x96x56x56xf32>
  %bias_23 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a11 : tensor<96xf32>) outs(%e_22 : tensor<1x96x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x96x56x56xf32>
  %conv_24 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_21, %a10 : tensor<1x96x114x114xf32>, tensor<96x3x3xf32>) outs(%bias_23 : tensor<1x96x56x56xf32>) -> tensor<1x96x56x56xf32>
  %e_25 = tensor.empty() : tensor<1x96x56x56xf32>
  %relu6_26 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_24 : tensor<1x96x56x56xf32>) outs(%e_25 : tensor<1x96x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x96x56x56xf32>
  %e_27 = tensor.empty() : tensor<1x24x56x56xf32>
  %bias_28 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a13 : tensor<24xf32>) outs(%e_27 : tensor<1x24x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x24x56x56xf32>
  %conv_29 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%relu6_26, %a12 : tensor<1x96x56x56xf32>, tensor<24x96x1x1xf32>) outs(%bias_28 : tensor<1x24x56x56xf32>) -> tensor<1x24x56x56xf32>
  %e_30 = tensor.empty() : tensor<1x144x56x56xf32>
  %bias_31 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a15 : tensor<144xf32>) outs(%e_30 : tensor<1x144x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x144x56x56xf32>
  %conv_32 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%conv_29, %a14 : tensor<1x24x56x56xf32>, tensor<144x24x1x1xf32>) outs(%bias_31 : tensor<1x144x56x56xf32>) -> tensor<1x144x56x56xf32>
  %e_33 = tensor.empty() : tensor<1x144x56x56xf32>
  %relu6_34 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_32 : tensor<1x144x56x56xf32>) outs(%e_33 : tensor<1x144x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x144x56x56xf32>
  %pad_35 = tensor.pad %relu6_34 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x144x56x56xf32> to tensor<1x144x58x58xf32>
  %e_36 = tensor.empty() : tensor<1x144x56x56xf32>
  %bias_37 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a17 : tensor<144xf32>) outs(%e_36 : tensor<1x144x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x144x56x56xf32>
  %conv_38 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_35, %a16 : tensor<1x144x58x58xf32>, tensor<144x3x3xf32>) outs(%bias_37 : tensor<1x144x56x56xf32>) -> tensor<1x144x56x56xf32>
  %e_39 = tensor.empty() : tensor<1x144x56x56xf32>
  %relu6_40 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_38 : tensor<1x144x56x56xf32>) outs(%e_39 : tensor<1x144x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x144x56x56xf32>
  %e_41 = tensor.empty() : tensor<1x24x56x56xf32>
  %bias_42 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a19 : tensor<24xf32>) outs(%e_41 : tensor<1x24x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x24x56x56xf32>
  %conv_43 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%relu6_40, %a18 : tensor<1x144x56x56xf32>, tensor<24x144x1x1xf32>) outs(%bias_42 : tensor<1x24x56x56xf32>) -> tensor<1x24x56x56xf32>
  %e_44 = tensor.empty() : tensor<1x24x56x56xf32>
  %add_45 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_29, %conv_43 : tensor<1x24x56x56xf32>, tensor<1x24x56x56xf32>) outs(%e_44 : tensor<1x24x56x56xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x24x56x56xf32>
  %e_46 = tensor.empty() : tensor<1x144x56x56xf32>
  %bias_47 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a21 : tensor<144xf32>) outs(%e_46 : tensor<1x144x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x144x56x56xf32>
  %conv_48 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%add_45, %a20 : tensor<1x24x56x56xf32>, tensor<144x24x1x1xf32>) outs(%bias_47 : tensor<1x144x56x56xf32>) -> tensor<1x144x56x56xf32>
  %e_49 = tensor.empty() : tensor<1x144x56x56xf32>
  %relu6_50 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_48 : tensor<1x144x56x56xf32>) outs(%e_49 : tensor<1x144x56x56xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x144x56x56xf32>
  %pad_51 = tensor.pad %relu6_50 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x144x56x56xf32> to tensor<1x144x58x58xf32>
  %e_52 = tensor.empty() : tensor<1x144x28x28xf32>
  %bias_53 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a23 : tensor<144xf32>) outs(%e_52 : tensor<1x144x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x144x28x28xf32>
  %conv_54 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_51, %a22 : tensor<1x144x58x58xf32>, tensor<144x3x3xf32>) outs(%bias_53 : tensor<1x144x28x28xf32>) -> tensor<1x144x28x28xf32>
  %e_55 = tensor.empty() : tensor<1x144x28x28xf32>
  %relu6_56 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_54 : tensor<1x144x28x28xf32>) outs(%e_55 : tensor<1x144x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x144x28x28xf32>
  %e_57 = tensor.empty() : tensor<1x32x28x28xf32>
  %bias_58 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a25 : tensor<32xf32>) outs(%e_57 : tensor<1x32x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x32x28x28xf32>
  %conv_59 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%relu6_56, %a24 : tensor<1x144x28x28xf32>, tensor<32x144x1x1xf32>) outs(%bias_58 : tensor<1x32x28x28xf32>) -> tensor<1x32x28x28xf32>
  %e_60 = tensor.empty() : tensor<1x192x28x28xf32>
  %bias_61 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a27 : tensor<192xf32>) outs(%e_60 : tensor<1x192x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x192x28x28xf32>
  %conv_62 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%conv_59, %a26 : tensor<1x32x28x28xf32>, tensor<192x32x1x1xf32>) outs(%bias_61 : tensor<1x192x28x28xf32>) -> tensor<1x192x28x28xf32>
  %e_63 = tensor.empty() : tensor<1x192x28x28xf32>
  %relu6_64 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_62 : tensor<1x192x28x28xf32>) outs(%e_63 : tensor<1x192x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x192x28x28xf32>
  %pad_65 = tensor.pad %relu6_64 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x192x28x28xf32> to tensor<1x192x30x30xf32>
  %e_66 = tensor.empty() : tensor<1x192x28x28xf32>
  %bias_67 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a29 : tensor<192xf32>) outs(%e_66 : tensor<1x192x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x192x28x28xf32>
  %conv_68 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_65, %a28 : tensor<1x192x30x30xf32>, tensor<192x3x3xf32>) outs(%bias_67 : tensor<1x192x28x28xf32>) -> tensor<1x192x28x28xf32>
  %e_69 = tensor.empty() : tensor<1x192x28x28xf32>
  %relu6_70 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_68 : tensor<1x192x28x28xf32>) outs(%e_69 : tensor<1x192x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x192x28x28xf32>
  %e_71 = tensor.empty() : tensor<1x32x28x28xf32>
  %bias_72 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a31 : tensor<32xf32>) outs(%e_71 : tensor<1x32x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x32x28x28xf32>
  %conv_73 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%relu6_70, %a30 : tensor<1x192x28x28xf32>, tensor<32x192x1x1xf32>) outs(%bias_72 : tensor<1x32x28x28xf32>) -> tensor<1x32x28x28xf32>
  %e_74 = tensor.empty() : tensor<1x32x28x28xf32>
  %add_75 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_59, %conv_73 : tensor<1x32x28x28xf32>, tensor<1x32x28x28xf32>) outs(%e_74 : tensor<1x32x28x28xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x32x28x28xf32>
  %e_76 = tensor.empty() : tensor<1x192x28x28xf32>
  %bias_77 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a33 : tensor<192xf32>) outs(%e_76 : tensor<1x192x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x192x28x28xf32>
  %conv_78 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%add_75, %a32 : tensor<1x32x28x28xf32>, tensor<192x32x1x1xf32>) outs(%bias_77 : tensor<1x192x28x28xf32>) -> tensor<1x192x28x28xf32>
  %e_79 = tensor.empty() : tensor<1x192x28x28xf32>
  %relu6_80 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_78 : tensor<1x192x28x28xf32>) outs(%e_79 : tensor<1x192x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x192x28x28xf32>
  %pad_81 = tensor.pad %relu6_80 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x192x28x28xf32> to tensor<1x192x30x30xf32>
  %e_82 = tensor.empty() : tensor<1x192x28x28xf32>
  %bias_83 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a35 : tensor<192xf32>) outs(%e_82 : tensor<1x192x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x192x28x28xf32>
  %conv_84 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_81, %a34 : tensor<1x192x30x30xf32>, tensor<192x3x3xf32>) outs(%bias_83 : tensor<1x192x28x28xf32>) -> tensor<1x192x28x28xf32>
  %e_85 = tensor.empty() : tensor<1x192x28x28xf32>
  %relu6_86 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_84 : tensor<1x192x28x28xf32>) outs(%e_85 : tensor<1x192x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x192x28x28xf32>
  %e_87 = tensor.empty() : tensor<1x32x28x28xf32>
  %bias_88 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a37 : tensor<32xf32>) outs(%e_87 : tensor<1x32x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x32x28x28xf32>
  %conv_89 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%relu6_86, %a36 : tensor<1x192x28x28xf32>, tensor<32x192x1x1xf32>) outs(%bias_88 : tensor<1x32x28x28xf32>) -> tensor<1x32x28x28xf32>
  %e_90 = tensor.empty() : tensor<1x32x28x28xf32>
  %add_91 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_75, %conv_89 : tensor<1x32x28x28xf32>, tensor<1x32x28x28xf32>) outs(%e_90 : tensor<1x32x28x28xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x32x28x28xf32>
  %e_92 = tensor.empty() : tensor<1x192x28x28xf32>
  %bias_93 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a39 : tensor<192xf32>) outs(%e_92 : tensor<1x192x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x192x28x28xf32>
  %conv_94 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%add_91, %a38 : tensor<1x32x28x28xf32>, tensor<192x32x1x1xf32>) outs(%bias_93 : tensor<1x192x28x28xf32>) -> tensor<1x192x28x28xf32>
  %e_95 = tensor.empty() : tensor<1x192x28x28xf32>
  %relu6_96 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_94 : tensor<1x192x28x28xf32>) outs(%e_95 : tensor<1x192x28x28xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x192x28x28xf32>
  %pad_97 = tensor.pad %relu6_96 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x192x28x28xf32> to tensor<1x192x30x30xf32>
  %e_98 = tensor.empty() : tensor<1x192x14x14xf32>
  %bias_99 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a41 : tensor<192xf32>) outs(%e_98 : tensor<1x192x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x192x14x14xf32>
  %conv_100 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_97, %a40 : tensor<1x192x30x30xf32>, tensor<192x3x3xf32>) outs(%bias_99 : tensor<1x192x14x14xf32>) -> tensor<1x192x14x14xf32>
  %e_101 = tensor.empty() : tensor<1x192x14x14xf32>
  %relu6_102 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_100 : tensor<1x192x14x14xf32>) outs(%e_101 : tensor<1x192x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x192x14x14xf32>
  %e_103 = tensor.empty() : tensor<1x64x14x14xf32>
  %bias_104 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a43 : tensor<64xf32>) outs(%e_103 : tensor<1x64x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x64x14x14xf32>
  %conv_105 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%relu6_102, %a42 : tensor<1x192x14x14xf32>, tensor<64x192x1x1xf32>) outs(%bias_104 : tensor<1x64x14x14xf32>) -> tensor<1x64x14x14xf32>
  %e_106 = tensor.empty() : tensor<1x384x14x14xf32>
  %bias_107 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a45 : tensor<384xf32>) outs(%e_106 : tensor<1x384x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x384x14x14xf32>
  %conv_108 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%conv_105, %a44 : tensor<1x64x14x14xf32>, tensor<384x64x1x1xf32>) outs(%bias_107 : tensor<1x384x14x14xf32>) -> tensor<1x384x14x14xf32>
  %e_109 = tensor.empty() : tensor<1x384x14x14xf32>
  %relu6_110 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_108 : tensor<1x384x14x14xf32>) outs(%e_109 : tensor<1x384x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x384x14x14xf32>
  %pad_111 = tensor.pad %relu6_110 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x384x14x14xf32> to tensor<1x384x16x16xf32>
  %e_112 = tensor.empty() : tensor<1x384x14x14xf32>
  %bias_113 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a47 : tensor<384xf32>) outs(%e_112 : tensor<1x384x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x384x14x14xf32>
  %conv_114 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_111, %a46 : tensor<1x384x16x16xf32>, tensor<384x3x3xf32>) outs(%bias_113 : tensor<1x384x14x14xf32>) -> tensor<1x384x14x14xf32>
  %e_115 = tensor.empty() : tensor<1x384x14x14xf32>
  %relu6_116 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_114 : tensor<1x384x14x14xf32>) outs(%e_115 : tensor<1x384x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x384x14x14xf32>
  %e_117 = tensor.empty() : tensor<1x64x14x14xf32>
  %bias_118 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a49 : tensor<64xf32>) outs(%e_117 : tensor<1x64x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x64x14x14xf32>
  %conv_119 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%relu6_116, %a48 : tensor<1x384x14x14xf32>, tensor<64x384x1x1xf32>) outs(%bias_118 : tensor<1x64x14x14xf32>) -> tensor<1x64x14x14xf32>
  %e_120 = tensor.empty() : tensor<1x64x14x14xf32>
  %add_121 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_105, %conv_119 : tensor<1x64x14x14xf32>, tensor<1x64x14x14xf32>) outs(%e_120 : tensor<1x64x14x14xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x64x14x14xf32>
  %e_122 = tensor.empty() : tensor<1x384x14x14xf32>
  %bias_123 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a51 : tensor<384xf32>) outs(%e_122 : tensor<1x384x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x384x14x14xf32>
  %conv_124 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%add_121, %a50 : tensor<1x64x14x14xf32>, tensor<384x64x1x1xf32>) outs(%bias_123 : tensor<1x384x14x14xf32>) -> tensor<1x384x14x14xf32>
  %e_125 = tensor.empty() : tensor<1x384x14x14xf32>
  %relu6_126 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_124 : tensor<1x384x14x14xf32>) outs(%e_125 : tensor<1x384x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x384x14x14xf32>
  %pad_127 = tensor.pad %relu6_126 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x384x14x14xf32> to tensor<1x384x16x16xf32>
  %e_128 = tensor.empty() : tensor<1x384x14x14xf32>
  %bias_129 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a53 : tensor<384xf32>) outs(%e_128 : tensor<1x384x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x384x14x14xf32>
  %conv_130 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_127, %a52 : tensor<1x384x16x16xf32>, tensor<384x3x3xf32>) outs(%bias_129 : tensor<1x384x14x14xf32>) -> tensor<1x384x14x14xf32>
  %e_131 = tensor.empty() : tensor<1x384x14x14xf32>
  %relu6_132 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_130 : tensor<1x384x14x14xf32>) outs(%e_131 : tensor<1x384x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x384x14x14xf32>
  %e_133 = tensor.empty() : tensor<1x64x14x14xf32>
  %bias_134 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a55 : tensor<64xf32>) outs(%e_133 : tensor<1x64x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x64x14x14xf32>
  %conv_135 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%relu6_132, %a54 : tensor<1x384x14x14xf32>, tensor<64x384x1x1xf32>) outs(%bias_134 : tensor<1x64x14x14xf32>) -> tensor<1x64x14x14xf32>
  %e_136 = tensor.empty() : tensor<1x64x14x14xf32>
  %add_137 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_121, %conv_135 : tensor<1x64x14x14xf32>, tensor<1x64x14x14xf32>) outs(%e_136 : tensor<1x64x14x14xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x64x14x14xf32>
  %e_138 = tensor.empty() : tensor<1x384x14x14xf32>
  %bias_139 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a57 : tensor<384xf32>) outs(%e_138 : tensor<1x384x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x384x14x14xf32>
  %conv_140 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%add_137, %a56 : tensor<1x64x14x14xf32>, tensor<384x64x1x1xf32>) outs(%bias_139 : tensor<1x384x14x14xf32>) -> tensor<1x384x14x14xf32>
  %e_141 = tensor.empty() : tensor<1x384x14x14xf32>
  %relu6_142 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_140 : tensor<1x384x14x14xf32>) outs(%e_141 : tensor<1x384x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x384x14x14xf32>
  %pad_143 = tensor.pad %relu6_142 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x384x14x14xf32> to tensor<1x384x16x16xf32>
  %e_144 = tensor.empty() : tensor<1x384x14x14xf32>
  %bias_145 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a59 : tensor<384xf32>) outs(%e_144 : tensor<1x384x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x384x14x14xf32>
  %conv_146 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_143, %a58 : tensor<1x384x16x16xf32>, tensor<384x3x3xf32>) outs(%bias_145 : tensor<1x384x14x14xf32>) -> tensor<1x384x14x14xf32>
  %e_147 = tensor.empty() : tensor<1x384x14x14xf32>
  %relu6_148 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_146 : tensor<1x384x14x14xf32>) outs(%e_147 : tensor<1x384x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x384x14x14xf32>
  %e_149 = tensor.empty() : tensor<1x64x14x14xf32>
  %bias_150 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a61 : tensor<64xf32>) outs(%e_149 : tensor<1x64x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x64x14x14xf32>
  %conv_151 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%relu6_148, %a60 : tensor<1x384x14x14xf32>, tensor<64x384x1x1xf32>) outs(%bias_150 : tensor<1x64x14x14xf32>) -> tensor<1x64x14x14xf32>
  %e_152 = tensor.empty() : tensor<1x64x14x14xf32>
  %add_153 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_137, %conv_151 : tensor<1x64x14x14xf32>, tensor<1x64x14x14xf32>) outs(%e_152 : tensor<1x64x14x14xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x64x14x14xf32>
  %e_154 = tensor.empty() : tensor<1x384x14x14xf32>
  %bias_155 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a63 : tensor<384xf32>) outs(%e_154 : tensor<1x384x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x384x14x14xf32>
  %conv_156 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%add_153, %a62 : tensor<1x64x14x14xf32>, tensor<384x64x1x1xf32>) outs(%bias_155 : tensor<1x384x14x14xf32>) -> tensor<1x384x14x14xf32>
  %e_157 = tensor.empty() : tensor<1x384x14x14xf32>
  %relu6_158 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_156 : tensor<1x384x14x14xf32>) outs(%e_157 : tensor<1x384x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x384x14x14xf32>
  %pad_159 = tensor.pad %relu6_158 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x384x14x14xf32> to tensor<1x384x16x16xf32>
  %e_160 = tensor.empty() : tensor<1x384x14x14xf32>
  %bias_161 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a65 : tensor<384xf32>) outs(%e_160 : tensor<1x384x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x384x14x14xf32>
  %conv_162 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_159, %a64 : tensor<1x384x16x16xf32>, tensor<384x3x3xf32>) outs(%bias_161 : tensor<1x384x14x14xf32>) -> tensor<1x384x14x14xf32>
  %e_163 = tensor.empty() : tensor<1x384x14x14xf32>
  %relu6_164 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_162 : tensor<1x384x14x14xf32>) outs(%e_163 : tensor<1x384x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x384x14x14xf32>
  %e_165 = tensor.empty() : tensor<1x96x14x14xf32>
  %bias_166 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a67 : tensor<96xf32>) outs(%e_165 : tensor<1x96x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x96x14x14xf32>
  %conv_167 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%relu6_164, %a66 : tensor<1x384x14x14xf32>, tensor<96x384x1x1xf32>) outs(%bias_166 : tensor<1x96x14x14xf32>) -> tensor<1x96x14x14xf32>
  %e_168 = tensor.empty() : tensor<1x576x14x14xf32>
  %bias_169 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a69 : tensor<576xf32>) outs(%e_168 : tensor<1x576x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x576x14x14xf32>
  %conv_170 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%conv_167, %a68 : tensor<1x96x14x14xf32>, tensor<576x96x1x1xf32>) outs(%bias_169 : tensor<1x576x14x14xf32>) -> tensor<1x576x14x14xf32>
  %e_171 = tensor.empty() : tensor<1x576x14x14xf32>
  %relu6_172 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_170 : tensor<1x576x14x14xf32>) outs(%e_171 : tensor<1x576x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x576x14x14xf32>
  %pad_173 = tensor.pad %relu6_172 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x576x14x14xf32> to tensor<1x576x16x16xf32>
  %e_174 = tensor.empty() : tensor<1x576x14x14xf32>
  %bias_175 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a71 : tensor<576xf32>) outs(%e_174 : tensor<1x576x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x576x14x14xf32>
  %conv_176 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_173, %a70 : tensor<1x576x16x16xf32>, tensor<576x3x3xf32>) outs(%bias_175 : tensor<1x576x14x14xf32>) -> tensor<1x576x14x14xf32>
  %e_177 = tensor.empty() : tensor<1x576x14x14xf32>
  %relu6_178 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_176 : tensor<1x576x14x14xf32>) outs(%e_177 : tensor<1x576x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x576x14x14xf32>
  %e_179 = tensor.empty() : tensor<1x96x14x14xf32>
  %bias_180 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a73 : tensor<96xf32>) outs(%e_179 : tensor<1x96x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x96x14x14xf32>
  %conv_181 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%relu6_178, %a72 : tensor<1x576x14x14xf32>, tensor<96x576x1x1xf32>) outs(%bias_180 : tensor<1x96x14x14xf32>) -> tensor<1x96x14x14xf32>
  %e_182 = tensor.empty() : tensor<1x96x14x14xf32>
  %add_183 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_167, %conv_181 : tensor<1x96x14x14xf32>, tensor<1x96x14x14xf32>) outs(%e_182 : tensor<1x96x14x14xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x96x14x14xf32>
  %e_184 = tensor.empty() : tensor<1x576x14x14xf32>
  %bias_185 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a75 : tensor<576xf32>) outs(%e_184 : tensor<1x576x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x576x14x14xf32>
  %conv_186 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%add_183, %a74 : tensor<1x96x14x14xf32>, tensor<576x96x1x1xf32>) outs(%bias_185 : tensor<1x576x14x14xf32>) -> tensor<1x576x14x14xf32>
  %e_187 = tensor.empty() : tensor<1x576x14x14xf32>
  %relu6_188 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_186 : tensor<1x576x14x14xf32>) outs(%e_187 : tensor<1x576x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x576x14x14xf32>
  %pad_189 = tensor.pad %relu6_188 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x576x14x14xf32> to tensor<1x576x16x16xf32>
  %e_190 = tensor.empty() : tensor<1x576x14x14xf32>
  %bias_191 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a77 : tensor<576xf32>) outs(%e_190 : tensor<1x576x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x576x14x14xf32>
  %conv_192 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_189, %a76 : tensor<1x576x16x16xf32>, tensor<576x3x3xf32>) outs(%bias_191 : tensor<1x576x14x14xf32>) -> tensor<1x576x14x14xf32>
  %e_193 = tensor.empty() : tensor<1x576x14x14xf32>
  %relu6_194 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_192 : tensor<1x576x14x14xf32>) outs(%e_193 : tensor<1x576x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x576x14x14xf32>
  %e_195 = tensor.empty() : tensor<1x96x14x14xf32>
  %bias_196 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a79 : tensor<96xf32>) outs(%e_195 : tensor<1x96x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x96x14x14xf32>
  %conv_197 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%relu6_194, %a78 : tensor<1x576x14x14xf32>, tensor<96x576x1x1xf32>) outs(%bias_196 : tensor<1x96x14x14xf32>) -> tensor<1x96x14x14xf32>
  %e_198 = tensor.empty() : tensor<1x96x14x14xf32>
  %add_199 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_183, %conv_197 : tensor<1x96x14x14xf32>, tensor<1x96x14x14xf32>) outs(%e_198 : tensor<1x96x14x14xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x96x14x14xf32>
  %e_200 = tensor.empty() : tensor<1x576x14x14xf32>
  %bias_201 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a81 : tensor<576xf32>) outs(%e_200 : tensor<1x576x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x576x14x14xf32>
  %conv_202 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%add_199, %a80 : tensor<1x96x14x14xf32>, tensor<576x96x1x1xf32>) outs(%bias_201 : tensor<1x576x14x14xf32>) -> tensor<1x576x14x14xf32>
  %e_203 = tensor.empty() : tensor<1x576x14x14xf32>
  %relu6_204 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_202 : tensor<1x576x14x14xf32>) outs(%e_203 : tensor<1x576x14x14xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x576x14x14xf32>
  %pad_205 = tensor.pad %relu6_204 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x576x14x14xf32> to tensor<1x576x16x16xf32>
  %e_206 = tensor.empty() : tensor<1x576x7x7xf32>
  %bias_207 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a83 : tensor<576xf32>) outs(%e_206 : tensor<1x576x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x576x7x7xf32>
  %conv_208 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%pad_205, %a82 : tensor<1x576x16x16xf32>, tensor<576x3x3xf32>) outs(%bias_207 : tensor<1x576x7x7xf32>) -> tensor<1x576x7x7xf32>
  %e_209 = tensor.empty() : tensor<1x576x7x7xf32>
  %relu6_210 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_208 : tensor<1x576x7x7xf32>) outs(%e_209 : tensor<1x576x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x576x7x7xf32>
  %e_211 = tensor.empty() : tensor<1x160x7x7xf32>
  %bias_212 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a85 : tensor<160xf32>) outs(%e_211 : tensor<1x160x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x160x7x7xf32>
  %conv_213 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%relu6_210, %a84 : tensor<1x576x7x7xf32>, tensor<160x576x1x1xf32>) outs(%bias_212 : tensor<1x160x7x7xf32>) -> tensor<1x160x7x7xf32>
  %e_214 = tensor.empty() : tensor<1x960x7x7xf32>
  %bias_215 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a87 : tensor<960xf32>) outs(%e_214 : tensor<1x960x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x960x7x7xf32>
  %conv_216 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%conv_213, %a86 : tensor<1x160x7x7xf32>, tensor<960x160x1x1xf32>) outs(%bias_215 : tensor<1x960x7x7xf32>) -> tensor<1x960x7x7xf32>
  %e_217 = tensor.empty() : tensor<1x960x7x7xf32>
  %relu6_218 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_216 : tensor<1x960x7x7xf32>) outs(%e_217 : tensor<1x960x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x960x7x7xf32>
  %pad_219 = tensor.pad %relu6_218 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x960x7x7xf32> to tensor<1x960x9x9xf32>
  %e_220 = tensor.empty() : tensor<1x960x7x7xf32>
  %bias_221 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a89 : tensor<960xf32>) outs(%e_220 : tensor<1x960x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x960x7x7xf32>
  %conv_222 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_219, %a88 : tensor<1x960x9x9xf32>, tensor<960x3x3xf32>) outs(%bias_221 : tensor<1x960x7x7xf32>) -> tensor<1x960x7x7xf32>
  %e_223 = tensor.empty() : tensor<1x960x7x7xf32>
  %relu6_224 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_222 : tensor<1x960x7x7xf32>) outs(%e_223 : tensor<1x960x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x960x7x7xf32>
  %e_225 = tensor.empty() : tensor<1x160x7x7xf32>
  %bias_226 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a91 : tensor<160xf32>) outs(%e_225 : tensor<1x160x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x160x7x7xf32>
  %conv_227 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%relu6_224, %a90 : tensor<1x960x7x7xf32>, tensor<160x960x1x1xf32>) outs(%bias_226 : tensor<1x160x7x7xf32>) -> tensor<1x160x7x7xf32>
  %e_228 = tensor.empty() : tensor<1x160x7x7xf32>
  %add_229 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_213, %conv_227 : tensor<1x160x7x7xf32>, tensor<1x160x7x7xf32>) outs(%e_228 : tensor<1x160x7x7xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x160x7x7xf32>
  %e_230 = tensor.empty() : tensor<1x960x7x7xf32>
  %bias_231 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a93 : tensor<960xf32>) outs(%e_230 : tensor<1x960x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x960x7x7xf32>
  %conv_232 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%add_229, %a92 : tensor<1x160x7x7xf32>, tensor<960x160x1x1xf32>) outs(%bias_231 : tensor<1x960x7x7xf32>) -> tensor<1x960x7x7xf32>
  %e_233 = tensor.empty() : tensor<1x960x7x7xf32>
  %relu6_234 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_232 : tensor<1x960x7x7xf32>) outs(%e_233 : tensor<1x960x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x960x7x7xf32>
  %pad_235 = tensor.pad %relu6_234 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x960x7x7xf32> to tensor<1x960x9x9xf32>
  %e_236 = tensor.empty() : tensor<1x960x7x7xf32>
  %bias_237 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a95 : tensor<960xf32>) outs(%e_236 : tensor<1x960x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x960x7x7xf32>
  %conv_238 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_235, %a94 : tensor<1x960x9x9xf32>, tensor<960x3x3xf32>) outs(%bias_237 : tensor<1x960x7x7xf32>) -> tensor<1x960x7x7xf32>
  %e_239 = tensor.empty() : tensor<1x960x7x7xf32>
  %relu6_240 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_238 : tensor<1x960x7x7xf32>) outs(%e_239 : tensor<1x960x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x960x7x7xf32>
  %e_241 = tensor.empty() : tensor<1x160x7x7xf32>
  %bias_242 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a97 : tensor<160xf32>) outs(%e_241 : tensor<1x160x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x160x7x7xf32>
  %conv_243 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%relu6_240, %a96 : tensor<1x960x7x7xf32>, tensor<160x960x1x1xf32>) outs(%bias_242 : tensor<1x160x7x7xf32>) -> tensor<1x160x7x7xf32>
  %e_244 = tensor.empty() : tensor<1x160x7x7xf32>
  %add_245 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%add_229, %conv_243 : tensor<1x160x7x7xf32>, tensor<1x160x7x7xf32>) outs(%e_244 : tensor<1x160x7x7xf32>) {
  ^bb0(%in0: f32, %in1: f32, %out: f32):
    %r = arith.addf %in0, %in1 : f32
    linalg.yield %r : f32
  } -> tensor<1x160x7x7xf32>
  %e_246 = tensor.empty() : tensor<1x960x7x7xf32>
  %bias_247 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a99 : tensor<960xf32>) outs(%e_246 : tensor<1x960x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x960x7x7xf32>
  %conv_248 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%add_245, %a98 : tensor<1x160x7x7xf32>, tensor<960x160x1x1xf32>) outs(%bias_247 : tensor<1x960x7x7xf32>) -> tensor<1x960x7x7xf32>
  %e_249 = tensor.empty() : tensor<1x960x7x7xf32>
  %relu6_250 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_248 : tensor<1x960x7x7xf32>) outs(%e_249 : tensor<1x960x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x960x7x7xf32>
  %pad_251 = tensor.pad %relu6_250 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %cst0 : f32
  } : tensor<1x960x7x7xf32> to tensor<1x960x9x9xf32>
  %e_252 = tensor.empty() : tensor<1x960x7x7xf32>
  %bias_253 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a101 : tensor<960xf32>) outs(%e_252 : tensor<1x960x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x960x7x7xf32>
  %conv_254 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%pad_251, %a100 : tensor<1x960x9x9xf32>, tensor<960x3x3xf32>) outs(%bias_253 : tensor<1x960x7x7xf32>) -> tensor<1x960x7x7xf32>
  %e_255 = tensor.empty() : tensor<1x960x7x7xf32>
  %relu6_256 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_254 : tensor<1x960x7x7xf32>) outs(%e_255 : tensor<1x960x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x960x7x7xf32>
  %e_257 = tensor.empty() : tensor<1x320x7x7xf32>
  %bias_258 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a103 : tensor<320xf32>) outs(%e_257 : tensor<1x320x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x320x7x7xf32>
  %conv_259 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%relu6_256, %a102 : tensor<1x960x7x7xf32>, tensor<320x960x1x1xf32>) outs(%bias_258 : tensor<1x320x7x7xf32>) -> tensor<1x320x7x7xf32>
  %e_260 = tensor.empty() : tensor<1x1280x7x7xf32>
  %bias_261 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a105 : tensor<1280xf32>) outs(%e_260 : tensor<1x1280x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x1280x7x7xf32>
  %conv_262 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%conv_259, %a104 : tensor<1x320x7x7xf32>, tensor<1280x320x1x1xf32>) outs(%bias_261 : tensor<1x1280x7x7xf32>) -> tensor<1x1280x7x7xf32>
  %e_263 = tensor.empty() : tensor<1x1280x7x7xf32>
  %relu6_264 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv_262 : tensor<1x1280x7x7xf32>) outs(%e_263 : tensor<1x1280x7x7xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %m = arith.maximumf %in0, %cst0 : f32
    %r = arith.minimumf %m, %cst1 : f32
    linalg.yield %r : f32
  } -> tensor<1x1280x7x7xf32>
  %e_265 = tensor.empty() : tensor<1x1280x1x1xf32>
  %fill_266 = linalg.fill ins(%cst0 : f32) outs(%e_265 : tensor<1x1280x1x1xf32>) -> tensor<1x1280x1x1xf32>
  %e_267 = tensor.empty() : tensor<7x7xf32>
  %pool_268 = linalg.pooling_nchw_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<7> : tensor<2xi64>} ins(%relu6_264, %e_267 : tensor<1x1280x7x7xf32>, tensor<7x7xf32>) outs(%fill_266 : tensor<1x1280x1x1xf32>) -> tensor<1x1280x1x1xf32>
  %e_269 = tensor.empty() : tensor<1x1280x1x1xf32>
  %scale_270 = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%pool_268 : tensor<1x1280x1x1xf32>) outs(%e_269 : tensor<1x1280x1x1xf32>) {
  ^bb0(%in0: f32, %out: f32):
    %r = arith.mulf %in0, %cst2 : f32
    linalg.yield %r : f32
  } -> tensor<1x1280x1x1xf32>
  %flat_271 = tensor.collapse_shape %scale_270 [[0], [1, 2, 3]] : tensor<1x1280x1x1xf32> into tensor<1x1280xf32>
  %bias_272 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a107 : tensor<1000xf32>) outs(%a0 : tensor<1x1000xf32>) {
  ^bb0(%in0: f32, %out: f32):
    linalg.yield %in0 : f32
  } -> tensor<1x1000xf32>
  %mm_273 = linalg.matmul ins(%flat_271, %a106 : tensor<1x1280xf32>, tensor<1280x1000xf32>) outs(%bias_272 : tensor<1x1000xf32>) -> tensor<1x1000xf32>
  bufferization.materialize_in_destination %mm_273 in restrict writable %arg107
      : (tensor<1x1000xf32>, memref<1x1000xf32>) -> ()
  return
}
