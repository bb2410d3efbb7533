/** Each amendment of a place followed by the sub-amendments that amend it, which the list shows indented. */
export const withSubAmendments = <A extends { readonly id: string; readonly parent: string | null }>(
  own: readonly A[],
  all: readonly A[],
): A[] => own.filter((a) => a.parent === null).flatMap((a) => [a, ...all.filter((s) => s.parent === a.id)]);
