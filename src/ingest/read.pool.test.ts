import { afterAll, describe, expect, it } from 'vitest';
import { craftedReport } from '../../bench/crafted.js';
import { DomainError } from '../domain/core/errors.js';
import { BUILT_IN_GAZETTEER } from './known-people.js';
import { readReport } from './read.js';
import { QUEUE_LIMIT, readReportOffThread, stopReader, TIME_LIMIT_MS } from './read.pool.js';

const REPORT =
  'DUSHANBE, June 23, 2011 — Foreign Minister Hamrokhon Zarifi met yesterday with James Appathurai, the NATO Secretary General’s Special Representative.';
const request = (text: string, published: string | null = null) => ({
  text,
  published,
  gazetteer: BUILT_IN_GAZETTEER,
  posts: [],
});

describe('the report reader on its worker thread', () => {
  afterAll(stopReader);

  it('answers what reading on the calling thread answers', async () => {
    const off = await readReportOffThread(request(REPORT));
    expect(off).toEqual(readReport(request(REPORT)));
    expect(off.extraction?.meetings[0]?.date).toBe('2011-06-22');
  }, 60_000);

  it('passes a refusal back as the DomainError it is', async () => {
    const refused = await readReportOffThread(request(REPORT, '2011-02-30')).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe('request.invalid');
    expect((refused as DomainError).issues[0]?.field).toBe('published');
  }, 60_000);

  it('stops a reading that runs past its time limit, answers 503 at once and reads the next report', async () => {
    // A real 100 kB report, which takes well over 20 ms to read, against a 20 ms limit: the worker
    // is stopped mid-reading, exactly as a report of a shape still slow would be after TIME_LIMIT_MS.
    expect(TIME_LIMIT_MS).toBe(5_000);
    await readReportOffThread(request(REPORT)); // a ready worker: the limit counts from the reading
    const started = performance.now();
    const stopped = readReportOffThread(request(craftedReport(100_000)), 20).catch((e: unknown) => e);
    const behind = readReportOffThread(request(REPORT));
    const refused = await stopped;
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).status).toBe(503);
    expect((refused as DomainError).message).toBe(
      'Reading the report took longer than 0.02 s and was stopped; try a shorter text',
    );
    // Answered when the limit ran out, not when the reading would have ended (or never).
    expect(performance.now() - started).toBeLessThan(2_000);
    // The report waiting behind it is read by a new worker, with the same answer as on this thread.
    expect(await behind).toEqual(readReport(request(REPORT)));
  }, 60_000);

  it(`holds at most ${QUEUE_LIMIT} reports waiting and refuses more with 503`, async () => {
    const text = craftedReport(10_000);
    const all = Array.from({ length: QUEUE_LIMIT + 4 }, () =>
      readReportOffThread(request(text)).then(
        () => 'read',
        (e: DomainError) => `${e.status} ${e.message}`,
      ),
    );
    const answers = await Promise.all(all);
    // One is being read, QUEUE_LIMIT wait (or, before the worker is ready, all of them wait).
    expect(answers.filter((a) => a === 'read').length).toBeGreaterThanOrEqual(QUEUE_LIMIT);
    const refused = answers.filter((a) => a !== 'read');
    expect(refused.length).toBeGreaterThanOrEqual(3);
    expect(refused[0]).toBe(`503 ${QUEUE_LIMIT} reports are waiting to be read; try again shortly`);
  }, 120_000);
});
