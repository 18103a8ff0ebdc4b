import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { DomainError } from '../domain/core/errors.js';
import { type ReadRequest, readReport } from './read.js';

const WARM_UP = [
  'BRUSSELS, 12 June 2024 - Foreign Minister Jane Doe met Ambassador John Smith on Tuesday.',
  'Министр Иван Петров встретился во вторник с послом Джоном Смитом.',
  'استقبل وزير الخارجية أحمد علي اليوم السفير جون سميث.',
];

/**
 * The worker thread that reads press reports, so that a long one never holds up the server's event
 * loop. One message in, one answer out; a DomainError (a bad `published` day) travels as its parts.
 */
// Background work: on Linux a nice value belongs to one thread, and pid 0 is this worker thread, so
// the server's main thread (answering requests) keeps the CPU first when the cores are busy.
try {
  setPriority(10);
} catch {
  // not permitted on this platform: the work still runs, at normal priority
}
// Loading the parsers, and their first use (the word lists, the country names and the lexicon are
// built on first reading), take a while on a busy machine: one short report in each script is read
// here, and the pool times reports only from the "ready" on.
for (const text of WARM_UP) {
  try {
    readReport({
      text,
      published: '2024-06-12',
      gazetteer: { people: [], places: [], organizations: [] },
      posts: [],
    });
  } catch {
    // a warm-up that fails leaves the first real report to build what it needs
  }
}
parentPort?.postMessage({ ready: true });
parentPort?.on('message', (req: ReadRequest & { id: number }) => {
  try {
    parentPort?.postMessage({ id: req.id, ok: readReport(req) });
  } catch (err) {
    const e = err as Error;
    parentPort?.postMessage({
      id: req.id,
      error:
        err instanceof DomainError
          ? { domain: true, code: err.code, message: err.message, issues: err.issues }
          : { domain: false, message: e.message },
    });
  }
});
