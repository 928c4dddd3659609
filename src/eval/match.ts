/**
 * @module eval/match
 * One-to-one matching of predicted items to gold items for the scorer.
 * Input: the two item lists and a `compare` that says whether a pair may match and, if so, how much it
 * is preferred (a number in [0, 1]). Output: the matched index pairs.
 * Invariants: the matching has maximum cardinality (never greedy, so the count of matches does not
 * depend on item order); among maximum matchings it maximises the summed preference, so tie-breaks
 * (such as agreeing `linked` flags) are order-independent too. Solved as an assignment problem
 * (Hungarian method, O(n³)); fact-sheet lists are short, so this is cheap.
 */

/** A matched pair: `pred` indexes the predicted list, `gold` the gold list. */
export interface MatchedPair {
  readonly pred: number;
  readonly gold: number;
}

/** `null`: the pair may not match; a number in [0, 1]: it may, with that preference. */
export type Compare<P, G> = (pred: P, gold: G) => number | null;

/**
 * Maximum one-to-one matching, preference as tie-break.
 * @example
 * matchOneToOne([["a", "b"]], [["b"]], (p, g) => (p.some((x) => g.includes(x)) ? 0 : null));
 * // → [{ pred: 0, gold: 0 }]
 */
export function matchOneToOne<P, G>(
  pred: readonly P[],
  gold: readonly G[],
  compare: Compare<P, G>,
): MatchedPair[] {
  const size = Math.max(pred.length, gold.length);
  if (pred.length === 0 || gold.length === 0) return [];
  // One more match must outweigh any sum of preferences (at most `size`), so cardinality comes first.
  const matchWeight = size + 1;
  const weights: (number | null)[][] = pred.map((p) =>
    gold.map((g) => {
      const preference = compare(p, g);
      return preference === null ? null : matchWeight + Math.min(1, Math.max(0, preference));
    }),
  );
  const cost = (row: number, col: number): number => -(weights[row]?.[col] ?? 0);
  const rowOfColumn = solveAssignment(size, cost);
  const pairs: MatchedPair[] = [];
  rowOfColumn.forEach((row, col) => {
    if (row < pred.length && col < gold.length && weights[row]?.[col] != null)
      pairs.push({ pred: row, gold: col });
  });
  return pairs.sort((a, b) => a.pred - b.pred);
}

/**
 * Minimum-cost perfect assignment on a `size` × `size` matrix (Hungarian method with potentials).
 * Returns, for each column, the row assigned to it.
 */
function solveAssignment(size: number, cost: (row: number, col: number) => number): number[] {
  // 1-based internally; index 0 is the algorithm's virtual row/column.
  const u = new Array<number>(size + 1).fill(0);
  const v = new Array<number>(size + 1).fill(0);
  const rowOf = new Array<number>(size + 1).fill(0);
  const way = new Array<number>(size + 1).fill(0);
  const at = (values: number[], index: number): number => values[index] ?? 0;
  for (let row = 1; row <= size; row++) {
    rowOf[0] = row;
    let col0 = 0;
    const minv = new Array<number>(size + 1).fill(Infinity);
    const used = new Array<boolean>(size + 1).fill(false);
    do {
      used[col0] = true;
      const row0 = at(rowOf, col0);
      let delta = Infinity;
      let col1 = 0;
      for (let col = 1; col <= size; col++) {
        if (used[col]) continue;
        const reduced = cost(row0 - 1, col - 1) - at(u, row0) - at(v, col);
        if (reduced < at(minv, col)) {
          minv[col] = reduced;
          way[col] = col0;
        }
        if (at(minv, col) < delta) {
          delta = at(minv, col);
          col1 = col;
        }
      }
      for (let col = 0; col <= size; col++) {
        if (used[col]) {
          const r = at(rowOf, col);
          u[r] = at(u, r) + delta;
          v[col] = at(v, col) - delta;
        } else {
          minv[col] = at(minv, col) - delta;
        }
      }
      col0 = col1;
    } while (at(rowOf, col0) !== 0);
    do {
      const col1 = at(way, col0);
      rowOf[col0] = at(rowOf, col1);
      col0 = col1;
    } while (col0 !== 0);
  }
  return rowOf.slice(1).map((row) => row - 1);
}
