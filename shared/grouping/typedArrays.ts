/** `array[index] += value` for typed arrays, which `noUncheckedIndexedAccess` reads as possibly undefined. */
export function addAt(
  array: Int32Array | Float64Array | Uint8Array,
  index: number,
  value: number,
): void {
  array[index] = array[index]! + value;
}
