import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractReport } from '../src/ingest/extract.js';
import { BUILT_IN_GAZETTEER } from '../src/ingest/known-people.js';
import { REPORT_LANGUAGES, type ReportLanguage } from '../src/ingest/language.js';
import type { ReportExtraction } from '../src/schemas/dialogue/report.schema.js';
import { sameName } from './press-names.js';

/**
 * Scores the extractor on annotated press reports: `npm run press:score -- DIR… [--verbose] [--json]`.
 * Each DIR is searched recursively for `NAME.txt` beside `NAME.expected.json` (the shape of
 * test/fixtures/press/README.md; `published`, `language`, `outlet` and `url` are optional).
 *
 * - Participants: the distinct names of all meetings of a report, extracted against annotated, as
 *   precision, recall and F1 over the summed counts (micro-average), matched by `sameName`.
 * - Main-meeting date: the first meeting's `date` equals the annotated one, counted over the reports
 *   whose annotation gives the first meeting a day.
 * A report's language is its annotation's `language`, else its folder's name when that is a language
 * code (press-corpus/dev/fr/…), else the detected one.
 */

export interface ExpectedReport {
  published?: string;
  language?: string;
  outlet?: string;
  url?: string;
  meetings: { date: string | null; participants: { name: string }[] }[];
}

export interface ReportScore {
  file: string;
  language: string;
  detected: string;
  truePositives: number;
  predicted: number;
  expected: number;
  dated: boolean;
  dateRight: boolean;
  missing: string[];
  extra: string[];
  date: { got: string | null; want: string | null };
}

export interface Totals {
  reports: number;
  truePositives: number;
  predicted: number;
  expected: number;
  precision: number;
  recall: number;
  f1: number;
  dated: number;
  datesRight: number;
  dateAccuracy: number;
}

export function findReports(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...findReports(path));
    else if (entry.endsWith('.txt') && existsSync(path.replace(/\.txt$/, '.expected.json'))) out.push(path);
  }
  return out;
}

function distinct(names: readonly string[]): string[] {
  const kept: string[] = [];
  for (const n of names) if (n.trim() && !kept.some((k) => sameName(k, n))) kept.push(n);
  return kept;
}

function folderLanguage(file: string): ReportLanguage | null {
  const folder = basename(dirname(file));
  return (REPORT_LANGUAGES as readonly string[]).includes(folder) ? (folder as ReportLanguage) : null;
}

export function scoreReport(file: string, expected: ExpectedReport, got: ReportExtraction): ReportScore {
  const predicted = distinct(got.meetings.flatMap((m) => m.participants.map((p) => p.name)));
  const wanted = distinct(expected.meetings.flatMap((m) => m.participants.map((p) => p.name)));
  // One extracted name answers at most one annotated name.
  const unused = [...predicted];
  const missing: string[] = [];
  for (const w of wanted) {
    const i = unused.findIndex((p) => sameName(w, p));
    if (i >= 0) unused.splice(i, 1);
    else missing.push(w);
  }
  const want = expected.meetings[0]?.date ?? null;
  const gotDate = got.meetings[0]?.date ?? null;
  return {
    file,
    language: expected.language ?? folderLanguage(file) ?? got.language ?? 'unknown',
    detected: got.language ?? 'unknown',
    truePositives: wanted.length - missing.length,
    predicted: predicted.length,
    expected: wanted.length,
    dated: want !== null,
    dateRight: want !== null && gotDate === want,
    missing,
    extra: unused,
    date: { got: gotDate, want },
  };
}

export function totalsOf(scores: readonly ReportScore[]): Totals {
  const sum = (f: (s: ReportScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const truePositives = sum((s) => s.truePositives);
  const predicted = sum((s) => s.predicted);
  const expected = sum((s) => s.expected);
  const precision = predicted ? truePositives / predicted : 0;
  const recall = expected ? truePositives / expected : 0;
  const dated = sum((s) => (s.dated ? 1 : 0));
  const datesRight = sum((s) => (s.dateRight ? 1 : 0));
  return {
    reports: scores.length,
    truePositives,
    predicted,
    expected,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    dated,
    datesRight,
    dateAccuracy: dated ? datesRight / dated : 0,
  };
}

export function scoreFiles(files: readonly string[]): ReportScore[] {
  return files.map((file) => {
    const expected = JSON.parse(
      readFileSync(file.replace(/\.txt$/, '.expected.json'), 'utf8'),
    ) as ExpectedReport;
    const got = extractReport(readFileSync(file, 'utf8'), {
      file: basename(file),
      gazetteer: BUILT_IN_GAZETTEER,
      ...(expected.published ? { published: expected.published } : {}),
    });
    return scoreReport(file, expected, got);
  });
}

const f3 = (n: number) => n.toFixed(3);

export function table(scores: readonly ReportScore[]): string[] {
  const languages = [...new Set(scores.map((s) => s.language))].sort();
  const row = (label: string, t: Totals) =>
    `| ${label} | ${t.reports} | ${t.expected} | ${t.predicted} | ${t.truePositives} | ${f3(t.precision)} | ${f3(t.recall)} | ${f3(t.f1)} | ${t.datesRight}/${t.dated} | ${t.dated ? f3(t.dateAccuracy) : '–'} |`;
  return [
    '| language | reports | names annotated | names extracted | matched | precision | recall | F1 | main date right | date accuracy |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...languages.map((l) => row(l, totalsOf(scores.filter((s) => s.language === l)))),
    row('all', totalsOf(scores)),
  ];
}

function main(argv: string[]): void {
  const verbose = argv.includes('--verbose');
  const json = argv.includes('--json');
  const dirs = argv.filter((a) => !a.startsWith('--'));
  if (dirs.length === 0) {
    console.error('usage: npm run press:score -- DIR… [--verbose] [--json]');
    process.exitCode = 2;
    return;
  }
  const files = dirs.flatMap((d) => (statSync(d).isDirectory() ? findReports(d) : [d]));
  const scores = scoreFiles(files);
  if (json) {
    console.log(JSON.stringify({ totals: totalsOf(scores), reports: scores }, null, 2));
    return;
  }
  console.log(table(scores).join('\n'));
  if (!verbose) return;
  for (const s of scores) {
    const notes = [
      ...(s.dated && !s.dateRight ? [`date ${s.date.got}, want ${s.date.want}`] : []),
      ...(s.detected !== s.language ? [`detected ${s.detected}`] : []),
      ...(s.missing.length ? [`missing ${s.missing.join(', ')}`] : []),
      ...(s.extra.length ? [`extra ${s.extra.join(', ')}`] : []),
    ];
    if (notes.length) console.log(`${relative(process.cwd(), s.file)}: ${notes.join('; ')}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
