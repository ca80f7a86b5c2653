// maxpool NCHW 3x3/2: forall over (channel, output row) blocks, generalized and interchanged so
// that the output column loop is innermost.
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %pool = transform.structured.match ops{["linalg.pooling_nchw_max"]} in %root
        : (!transform.any_op) -> !transform.any_op
    %tiled, %forall = transform.structured.tile_using_forall %pool tile_sizes [0, 32, 28]
        : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %g = transform.structured.generalize %tiled : (!transform.any_op) -> !transform.any_op
    // (n, c, oh, ow, kh, kw) -> (n, c, oh, kh, kw, ow)
    %i = transform.structured.interchange %g iterator_interchange = [0, 1, 2, 4, 5, 3]
        : (!transform.any_op) -> !transform.any_op
    transform.yield
  }
}
