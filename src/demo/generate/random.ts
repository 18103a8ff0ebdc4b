/** A small seeded generator (mulberry32): the same seed gives the same dataset on every machine. */
export interface Rng {
  (): number;
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
}

export function seeded(seed: number): Rng {
  let a = seed >>> 0;
  const next = (() => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }) as Rng;
  next.int = (n) => Math.floor(next() * n);
  next.pick = (items) => items[Math.floor(next() * items.length)] as (typeof items)[number];
  return next;
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
