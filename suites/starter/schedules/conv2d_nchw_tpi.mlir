// conv2d NCHW/FCHW, correct on LLVM 19 and 22: forall over (filter, output row) blocks, then
// generalized and interchanged so that the output column loop is innermost (contiguous in the
// input and the output), which LLVM's loop vectorizer then vectorizes.
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %conv = transform.structured.match ops{["linalg.conv_2d_nchw_fchw"]} in %root
        : (!transform.any_op) -> !transform.any_op
    %tiled, %forall = transform.structured.tile_using_forall %conv tile_sizes [0, 16, 14]
        : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %g = transform.structured.generalize %tiled : (!transform.any_op) -> !transform.any_op
    // (n, f, oh, ow, c, kh, kw) -> (n, f, oh, c, kh, kw, ow)
    %i = transform.structured.interchange %g iterator_interchange = [0, 1, 2, 4, 5, 6, 3]
        : (!transform.any_op) -> !transform.any_op
    transform.yield
  }
}
