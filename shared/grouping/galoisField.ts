/**
 * Finite fields GF(q) for prime powers q (2, 3, 4, 5, 7, 8, 9, 11, 13, 16 …), as addition and
 * multiplication tables. An element is a polynomial over GF(p) written as its base-p digits;
 * products are reduced modulo an irreducible polynomial found by trial division.
 * The affine-plane constructions need them for group sizes like 4, 8 and 9, which are not primes.
 */

export type GaloisField = {
  q: number;
  add: (a: number, b: number) => number;
  mul: (a: number, b: number) => number;
};

/** `[p, k]` when q = p^k for a prime p, otherwise null. */
export function primePower(q: number): [number, number] | null {
  if (!Number.isInteger(q) || q < 2) return null;
  let p = 2;
  while (p * p <= q && q % p !== 0) p++;
  if (q % p !== 0) p = q;
  let k = 0;
  let rest = q;
  while (rest % p === 0) {
    rest /= p;
    k++;
  }
  return rest === 1 ? [p, k] : null;
}

const cache = new Map<number, GaloisField | null>();

/** GF(q), or null when q is not a prime power. Tables are built once per q (q ≤ 256). */
export function galoisField(q: number): GaloisField | null {
  if (cache.has(q)) return cache.get(q)!;
  const power = q <= 256 ? primePower(q) : null;
  const field = power ? buildField(power[0], power[1]) : null;
  cache.set(q, field);
  return field;
}

function buildField(p: number, k: number): GaloisField {
  const q = p ** k;
  const digits = (a: number) => Array.from({ length: k }, (_, i) => Math.floor(a / p ** i) % p);
  const fromDigits = (ds: number[]) => ds.reduce((sum, d, i) => sum + d * p ** i, 0);
  const modulus = irreducible(p, k);
  const addTable = new Uint16Array(q * q);
  const mulTable = new Uint16Array(q * q);
  for (let a = 0; a < q; a++) {
    const da = digits(a);
    for (let b = 0; b < q; b++) {
      const db = digits(b);
      addTable[a * q + b] = fromDigits(da.map((d, i) => (d + db[i]!) % p));
      mulTable[a * q + b] = fromDigits(polyMod(polyMul(da, db, p), modulus, p).slice(0, k));
    }
  }
  return {
    q,
    add: (a, b) => addTable[a * q + b]!,
    mul: (a, b) => mulTable[a * q + b]!,
  };
}

/** Coefficients, lowest degree first. */
type Poly = number[];

function polyMul(a: Poly, b: Poly, p: number): Poly {
  const out = new Array<number>(a.length + b.length - 1).fill(0);
  a.forEach((x, i) => b.forEach((y, j) => (out[i + j] = (out[i + j]! + x * y) % p)));
  return out;
}

/** Remainder of `a` divided by the monic polynomial `m`, padded to deg(m) coefficients. */
function polyMod(a: Poly, m: Poly, p: number): Poly {
  const r = a.slice();
  const degree = m.length - 1;
  for (let i = r.length - 1; i >= degree; i--) {
    const factor = r[i]!;
    if (factor === 0) continue;
    for (let j = 0; j <= degree; j++) {
      r[i - degree + j] = (((r[i - degree + j]! - factor * m[j]!) % p) + p) % p;
    }
  }
  while (r.length < degree) r.push(0);
  return r.slice(0, degree);
}

/** The first monic irreducible polynomial of degree k over GF(p), by trial division. */
function irreducible(p: number, k: number): Poly {
  if (k === 1) return [0, 1];
  const monic = (degree: number, index: number): Poly => {
    const coefficients = Array.from({ length: degree }, (_, i) => Math.floor(index / p ** i) % p);
    return [...coefficients, 1];
  };
  for (let index = 0; index < p ** k; index++) {
    const candidate = monic(k, index);
    if (candidate[0] === 0) continue;
    let isIrreducible = true;
    for (let degree = 1; degree <= Math.floor(k / 2) && isIrreducible; degree++) {
      for (let j = 0; j < p ** degree; j++) {
        if (polyMod(candidate, monic(degree, j), p).every((c) => c === 0)) {
          isIrreducible = false;
          break;
        }
      }
    }
    if (isIrreducible) return candidate;
  }
  throw new Error(`no irreducible polynomial of degree ${k} over GF(${p})`);
}
