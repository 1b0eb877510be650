/**
 * Inputs from the other side of a transport are `unknown` until parsed. Before a schema sees
 * them, refuse shapes no legitimate caller sends: keys that reach an object's prototype, and
 * structures deep enough to blow the stack.
 */
const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 64;

export function findUnsafeKey(value: unknown, depth = 0): string | null {
  if (depth > MAX_DEPTH) return '(trop profond)';
  if (typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findUnsafeKey(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    if (DANGEROUS_KEYS.has(key)) return key;
    const found = findUnsafeKey((value as Record<string, unknown>)[key], depth + 1);
    if (found) return found;
  }
  return null;
}
