import type { ReportExtraction } from '../schemas/dialogue/report.schema.js';
import { type Annotation, annotateReport } from './annotate.js';
import { extractReport } from './extract.js';
import type { Gazetteer } from './gazetteer.js';
import type { ReportLanguage } from './language.js';

export interface ReadRequest {
  text: string;
  published: string | null;
  gazetteer: Gazetteer;
  posts: readonly { id: string; label: string }[];
  /** annotation only (confirming a reviewed draft needs no new extraction) */
  annotateOnly?: boolean;
  /** the language the reader chose; detected when absent */
  language?: ReportLanguage;
}

export interface ReadResult {
  annotation: Annotation;
  extraction: ReportExtraction | null;
}

/** Everything the API reads out of a report, in one pure call: what the worker runs. */
export function readReport(req: ReadRequest): ReadResult {
  const annotation = annotateReport(req.text, {
    published: req.published,
    gazetteer: req.gazetteer,
    posts: req.posts,
    ...(req.language ? { language: req.language } : {}),
  });
  const extraction = req.annotateOnly
    ? null
    : extractReport(req.text, {
        gazetteer: req.gazetteer,
        ...(req.published ? { published: req.published } : {}),
        ...(req.language ? { language: req.language } : {}),
      });
  return { annotation, extraction };
}
