// A transform that fails when applied: interchange only accepts linalg.generic, not the named
// linalg.matmul it is given.
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %mm = transform.structured.match ops{["linalg.matmul"]} in %root
        : (!transform.any_op) -> !transform.any_op
    %i = transform.structured.interchange %mm iterator_interchange = [2, 1, 0]
        : (!transform.any_op) -> !transform.any_op
    transform.yield
  }
}
