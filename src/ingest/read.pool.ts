import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DomainError } from '../domain/core/errors.js';
import type { ReadRequest, ReadResult } from './read.js';

/**
 * Reads press reports on one worker thread, one at a time, so that the server keeps answering while a
 * long report is read. The queue is bounded (a flood is refused with 503, not held in memory) and a
 * report that takes longer than the time limit stops its worker, which the next report replaces.
 */
export const QUEUE_LIMIT = 16;
/**
 * The safety net behind linear-time reading: a 100 kB report of any shape found so far is read in
 * well under a second on a loaded two-core machine (bench/ingest-fuzz.ts), so five seconds is only
 * ever reached by a shape nobody has found yet, which is then stopped and answered with 503.
 */
export const TIME_LIMIT_MS = 5_000;

interface Job {
  id: number;
  req: ReadRequest;
  timeLimitMs: number;
  resolve: (r: ReadResult) => void;
  reject: (e: Error) => void;
}

type Answer =
  | { ready: true }
  | { id: number; ok: ReadResult }
  | {
      id: number;
      error: { domain: boolean; code?: string; message: string; issues?: DomainError['issues'] };
    };

// Run from the TypeScript sources (tsx, vitest), the worker needs tsx's loader to read its own
// sources; built to JavaScript it needs nothing.
const fromSource = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(fromSource ? './read.worker.ts' : './read.worker.js', import.meta.url);
const EXEC_ARGV = fromSource
  ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href]
  : [];

let worker: Worker | null = null;
/** the worker has loaded its modules: the time limit counts from when a report reaches a ready one */
let ready = false;
let current: Job | null = null;
let timer: NodeJS.Timeout | null = null;
const waiting: Job[] = [];
let nextId = 1;

function spawn(): Worker {
  const w = new Worker(WORKER_URL, { execArgv: EXEC_ARGV });
  ready = false;
  w.on('message', (answer: Answer) => {
    if ('ready' in answer) {
      if (worker === w) ready = true;
      next();
      return;
    }
    const job = current;
    if (!job || answer.id !== job.id) return;
    finish();
    if ('ok' in answer) job.resolve(answer.ok);
    else if (answer.error.domain)
      job.reject(
        new DomainError(answer.error.code as DomainError['code'], answer.error.message, answer.error.issues),
      );
    else job.reject(new Error(answer.error.message));
  });
  const fail = (err: Error) => {
    if (worker !== w) return;
    // A worker that dies before it is ready fails the reports waiting for it, rather than respawning forever.
    const failed = [...(current ? [current] : []), ...(ready ? [] : waiting.splice(0))];
    worker = null;
    finish();
    for (const job of failed) job.reject(err);
  };
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`the report reader stopped (exit code ${code})`)));
  return w;
}

function finish() {
  if (timer) clearTimeout(timer);
  timer = null;
  current = null;
  queueMicrotask(next);
}

function next() {
  if (current) return;
  const job = waiting.shift();
  if (!job) {
    // Idle, the worker does not keep a command-line process alive.
    worker?.unref();
    return;
  }
  worker ??= spawn();
  worker.ref();
  if (!ready) {
    waiting.unshift(job);
    return;
  }
  current = job;
  const limit = job.timeLimitMs;
  timer = setTimeout(() => {
    const stuck = worker;
    worker = null;
    current = null;
    timer = null;
    void stuck?.terminate();
    job.reject(
      new DomainError(
        'server.busy',
        `Reading the report took longer than ${limit / 1000} s and was stopped; try a shorter text`,
      ),
    );
    next();
  }, limit);
  worker.postMessage({ ...job.req, id: job.id });
}

/**
 * The report read off the event loop; refused with 503 when QUEUE_LIMIT reports are waiting, stopped
 * and refused with 503 when reading it takes longer than `timeLimitMs` (a test sets it lower).
 */
export function readReportOffThread(req: ReadRequest, timeLimitMs = TIME_LIMIT_MS): Promise<ReadResult> {
  if (waiting.length >= QUEUE_LIMIT) {
    return Promise.reject(
      new DomainError('server.busy', `${QUEUE_LIMIT} reports are waiting to be read; try again shortly`),
    );
  }
  return new Promise((resolve, reject) => {
    waiting.push({ id: nextId++, req, timeLimitMs, resolve, reject });
    next();
  });
}

/** Reports waiting for the worker and being read (for /metrics). */
export function reportQueue(): { waiting: number; active: number } {
  return { waiting: waiting.length, active: current ? 1 : 0 };
}

/** Stops the worker (tests and shutdown); the next report starts a new one. */
export async function stopReader(): Promise<void> {
  const w = worker;
  worker = null;
  await w?.terminate();
}
