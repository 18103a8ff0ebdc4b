import { describe, expect, it } from 'vitest';
import { CRAFTED_PATTERNS, craftedReport } from '../../bench/crafted.js';
import { BUILT_IN_GAZETTEER } from './known-people.js';
import { readReport } from './read.js';

/** The median of three readings, in milliseconds: steadier than one on a machine doing other work. */
function median(text: string): number {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    readReport({ text, published: '2024-05-14', gazetteer: BUILT_IN_GAZETTEER, posts: [] });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[1] ?? 0;
}

describe('reading time grows linearly with the length of a report', () => {
  // Four times the text takes about four times as long when reading is linear, sixteen times when it
  // is quadratic (as it was: 0.4 s at 12 kB, 7.9 s at 50 kB, 31 s at 99 kB). Eight separates them.
  for (const pattern of Object.keys(CRAFTED_PATTERNS)) {
    it(`on a report of "${CRAFTED_PATTERNS[pattern]?.trim()}" repeated`, () => {
      median(craftedReport(5_000, pattern)); // warms the parsers
      const short = median(craftedReport(25_000, pattern));
      const long = median(craftedReport(100_000, pattern));
      expect(long / short).toBeLessThan(8);
    }, 60_000);
  }
});
