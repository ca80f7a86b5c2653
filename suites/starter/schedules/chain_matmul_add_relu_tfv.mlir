// relu(A*B + D): forall over 32x64 blocks of the relu, with the add, the matmul and its fill
// fused into each block; the matmul then gets 8x32x1 register tiles, and everything is
// vectorized (contractions lowered to outer products, accumulators hoisted).
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %generics = transform.structured.match ops{["linalg.generic"]} in %root
        : (!transform.any_op) -> !transform.any_op
    %add, %relu = transform.split_handle %generics
        : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %mm = transform.structured.match ops{["linalg.matmul"]} in %root
        : (!transform.any_op) -> !transform.any_op
    %fill = transform.structured.match ops{["linalg.fill"]} in %root
        : (!transform.any_op) -> !transform.any_op
    %tiled, %forall = transform.structured.tile_using_forall %relu tile_sizes [32, 64]
        : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %add_f, %f1 = transform.structured.fuse_into_containing_op %add into %forall
        : (!transform.any_op, !transform.any_op) -> (!transform.any_op, !transform.any_op)
    %mm_f, %f2 = transform.structured.fuse_into_containing_op %mm into %f1
        : (!transform.any_op, !transform.any_op) -> (!transform.any_op, !transform.any_op)
    %fill_f, %f3 = transform.structured.fuse_into_containing_op %fill into %f2
        : (!transform.any_op, !transform.any_op) -> (!transform.any_op, !transform.any_op)
    %reg, %l0, %l1, %l2 = transform.structured.tile_using_for %mm_f tile_sizes [8, 32, 1]
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
