// A transform that changes nothing: it applies to any benchmark, so that a run has a second
// (candidate) worker alive beside the baseline's.
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    transform.yield
  }
}
