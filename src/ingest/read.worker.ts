import { parentPort } from 'node:worker_threads';
import { DomainError } from '../domain/core/errors.js';
import { type ReadRequest, readReport } from './read.js';

/**
 * The worker thread that reads press reports, so that a long one never holds up the server's event
 * loop. One message in, one answer out; a DomainError (a bad `published` day) travels as its parts.
 */
// Loading the parsers takes a while on a busy machine; the pool times reports only from here on.
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
