/**
 * The assignment problem (Kuhn–Munkres with potentials, O(k³)): the permutation of columns
 * to rows with the least total cost. Used to give each round's groups the table labels that
 * send the fewest people back to a table they already sat at.
 */
import { addAt } from './typedArrays';

export function cheapestAssignment(cost: number[][]): number[] {
  const k = cost.length;
  if (k === 0) return [];
  const u = new Float64Array(k + 1);
  const v = new Float64Array(k + 1);
  /** rowOfColumn[j]: the row (1-based) given column j; 0 = none. */
  const rowOfColumn = new Int32Array(k + 1);
  const way = new Int32Array(k + 1);
  for (let i = 1; i <= k; i++) {
    rowOfColumn[0] = i;
    let j0 = 0;
    const minv = new Float64Array(k + 1).fill(Infinity);
    const used = new Uint8Array(k + 1);
    do {
      used[j0] = 1;
      const i0 = rowOfColumn[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= k; j++) {
        if (used[j]) continue;
        const current = cost[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (current < minv[j]!) {
          minv[j] = current;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= k; j++) {
        if (used[j]) {
          addAt(u, rowOfColumn[j]!, delta);
          addAt(v, j, -delta);
        } else {
          addAt(minv, j, -delta);
        }
      }
      j0 = j1;
    } while (rowOfColumn[j0] !== 0);
    do {
      const j1 = way[j0]!;
      rowOfColumn[j0] = rowOfColumn[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const columnOfRow = new Array<number>(k).fill(0);
  for (let j = 1; j <= k; j++) if (rowOfColumn[j]! > 0) columnOfRow[rowOfColumn[j]! - 1] = j - 1;
  return columnOfRow;
}
