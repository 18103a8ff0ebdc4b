import { describe, expect, it } from 'vitest';
import { CRAFTED_PATTERNS, craftedReport } from '../../bench/crafted.js';
import { BUILT_IN_GAZETTEER } from './known-people.js';
import { readReport } from './read.js';

/**
 * The CPU time this thread has used, in milliseconds: unlike the clock, it does not count the time the
 * other processes of a shared machine take while a report is read (Node before 23.9 has no per-thread
 * figure; the test files run in processes of their own, so the process's figure is the fallback).
 */
function cpuMs(): number {
  const used = process.threadCpuUsage?.() ?? process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/** One reading, in milliseconds of CPU time. */
function reading(text: string): number {
  const started = cpuMs();
  readReport({ text, published: '2024-05-14', gazetteer: BUILT_IN_GAZETTEER, posts: [] });
  return cpuMs() - started;
}

/** The fastest of three readings, in milliseconds: other work on the machine only ever adds time. */
function fastest(text: string): number {
  return Math.min(reading(text), reading(text), reading(text));
}

/**
 * The fastest of three readings of each text, taken in turn (short, long, short, long…), so that a
 * burst of other work on the shared machine falls on both sizes alike rather than on one.
 */
function fastestInTurn(short: string, long: string): { short: number; long: number } {
  const times = { short: Number.POSITIVE_INFINITY, long: Number.POSITIVE_INFINITY };
  for (let i = 0; i < 3; i++) {
    times.short = Math.min(times.short, reading(short));
    times.long = Math.min(times.long, reading(long));
  }
  return times;
}

describe('reading time grows linearly with the length of a report', () => {
  // Four times the text takes about four times as long when reading is linear, sixteen times when it
  // is quadratic (as it was: 0.4 s at 12 kB, 7.9 s at 50 kB, 31 s at 99 kB). Ten separates them
  // with room for a busy machine.
  for (const pattern of Object.keys(CRAFTED_PATTERNS)) {
    it(`on a report of "${CRAFTED_PATTERNS[pattern]?.trim()}" repeated`, () => {
      fastest(craftedReport(5_000, pattern)); // warms the parsers
      const { short, long } = fastestInTurn(craftedReport(25_000, pattern), craftedReport(100_000, pattern));
      expect(long / short).toBeLessThan(10);
    }, 60_000);
  }
});
