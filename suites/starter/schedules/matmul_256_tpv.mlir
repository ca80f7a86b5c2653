// matmul 256x256x256: 2-D forall over 64x128 output blocks (OpenMP), 8x32x1 register tiles,
// vectorized and lowered to outer products with the accumulator tile hoisted out of the k loop.
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %mm = transform.structured.match ops{["linalg.matmul"]} in %root
        : (!transform.any_op) -> !transform.any_op
    %tiled, %forall = transform.structured.tile_using_forall %mm tile_sizes [64, 128]
        : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %reg, %l0, %l1, %l2 = transform.structured.tile_using_for %tiled tile_sizes [8, 32, 1]
        : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op)
    %func = transform.structured.match ops{["func.func"]} in %root
        : (!transform.any_op) -> !transform.any_op
    %vf = transform.structured.vectorize_children_and_apply_patterns %func
        : (!transform.any_op) -> !transform.any_op
    transform.apply_patterns to %vf {
      transform.apply_patterns.vector.lower_contraction lowering_strategy = "outerproduct"
      transform.apply_patterns.vector.transfer_permutation_patterns
      transform.apply_patterns.vector.lower_outerproduct
      transform.apply_patterns.canonicalization
    } : !transform.any_op
    %fors = transform.structured.match ops{["scf.for"]} in %vf
        : (!transform.any_op) -> !transform.any_op
    transform.loop.hoist_loop_invariant_subsets %fors : !transform.any_op
    transform.yield
  }
}
