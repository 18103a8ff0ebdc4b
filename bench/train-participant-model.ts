import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: the package ships no types; its LogisticRegression trains by gradient descent.
import LogisticRegression from 'ml-logistic-regression';
import { Matrix } from 'ml-matrix';
import { extractWithEvidence } from '../src/ingest/extract.js';
import type { CompiledGazetteer } from '../src/ingest/gazetteer.js';
import { BUILT_IN_GAZETTEER } from '../src/ingest/known-people.js';
import {
  PARTICIPANT_FEATURES,
  type ParticipantModel,
  type PersonEvidence,
  withLikelyParticipants,
} from '../src/ingest/likely-participants.js';
import type { ReportExtraction } from '../src/schemas/dialogue/report.schema.js';
import { sameName } from './press-names.js';
import { type ExpectedReport, findReports, type ReportScore, scoreReport, totalsOf } from './press-score.js';

/**
 * Trains the participant model (src/ingest/likely-participants.ts) on annotated reports:
 * `npx tsx bench/train-participant-model.ts DIR… [--write]`.
 *
 * Each person a report names is an example, labelled by whether the annotation lists them. Before
 * training on all of them, each DIR is held out in turn: the model trained on the others adds its
 * likely people to the rules' answer on that DIR, and the rules' F1 is printed beside the result.
 * Those figures say whether the model helps on outlets it was not trained on; a DIR of reports the
 * rules were never tuned on says it best. `--write` writes the model trained on every DIR.
 */

const THRESHOLD = 0.8;
const STEPS = 3000;

interface Example {
  file: string;
  dir: string;
  expected: ExpectedReport;
  rules: ReportExtraction;
  evidence: PersonEvidence[];
  g: CompiledGazetteer;
  labels: number[];
}

function load(dir: string): Example[] {
  return findReports(dir).map((file) => {
    const expected = JSON.parse(
      readFileSync(file.replace(/\.txt$/, '.expected.json'), 'utf8'),
    ) as ExpectedReport;
    const { rules, evidence, g } = extractWithEvidence(readFileSync(file, 'utf8'), {
      file: basename(file),
      gazetteer: BUILT_IN_GAZETTEER,
      ...(expected.published ? { published: expected.published } : {}),
    });
    const wanted = expected.meetings.flatMap((m) => m.participants.map((p) => p.name));
    const labels = evidence.map((e) => (wanted.some((w) => sameName(w, e.person.name)) ? 1 : 0));
    return { file, dir, expected, rules, evidence, g, labels };
  });
}

function train(examples: readonly Example[]): ParticipantModel {
  const rows = examples.flatMap((x) => x.evidence.map((e) => [1, ...e.features]));
  const labels = examples.flatMap((x) => x.labels);
  // The library trains one classifier per class, each scoring "not this class": the classifier of
  // class 1, negated, is the probability of taking part.
  const model = new LogisticRegression({ numSteps: STEPS, learningRate: 0.5 / rows.length });
  model.train(new Matrix(rows), Matrix.columnVector(labels));
  const w = (model.classifiers[1].weights as Matrix).to1DArray().map((v) => -v);
  return { bias: w[0] ?? 0, weights: w.slice(1), threshold: THRESHOLD };
}

function scores(examples: readonly Example[], model: ParticipantModel | null): ReportScore[] {
  return examples.map((x) =>
    scoreReport(
      x.file,
      x.expected,
      model
        ? { ...x.rules, meetings: withLikelyParticipants(x.rules.meetings, x.evidence, x.g, model) }
        : x.rules,
    ),
  );
}

function main(argv: string[]): void {
  const dirs = argv.filter((a) => !a.startsWith('--'));
  if (dirs.length < 2) {
    console.error('usage: npx tsx bench/train-participant-model.ts DIR DIR… [--write]');
    process.exitCode = 2;
    return;
  }
  const all = dirs.flatMap(load);
  console.log('| held out | reports | F1, rules alone | F1, rules and model | precision | recall |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const dir of dirs) {
    const test = all.filter((x) => x.dir === dir);
    const model = train(all.filter((x) => x.dir !== dir));
    const before = totalsOf(scores(test, null));
    const after = totalsOf(scores(test, model));
    console.log(
      `| ${dir} | ${test.length} | ${before.f1.toFixed(3)} | ${after.f1.toFixed(3)} | ${before.precision.toFixed(3)} → ${after.precision.toFixed(3)} | ${before.recall.toFixed(3)} → ${after.recall.toFixed(3)} |`,
    );
  }
  const model = train(all);
  console.log(
    `trained on ${all.length} reports, ${all.reduce((n, x) => n + x.evidence.length, 0)} people: bias ${model.bias.toFixed(2)}`,
  );
  for (const [i, f] of PARTICIPANT_FEATURES.entries())
    console.log(`  ${f}: ${(model.weights[i] ?? 0).toFixed(2)}`);
  if (!argv.includes('--write')) return;
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const out = fileURLToPath(new URL('../src/ingest/participant-model.weights.ts', import.meta.url));
  writeFileSync(
    out,
    `// Written by bench/train-participant-model.ts on ${all.length} annotated reports: do not edit by hand.\n` +
      '// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: learned weights, not constants\n' +
      `// Weights in the order of PARTICIPANT_FEATURES (likely-participants.ts).\n` +
      `export const PARTICIPANT_MODEL = ${JSON.stringify({ bias: round(model.bias), weights: model.weights.map(round), threshold: model.threshold })};\n`,
  );
  // In the project's format, so that the lint passes on the file as written.
  execFileSync('npx', ['biome', 'format', '--write', out], { stdio: 'ignore' });
  console.log(`wrote ${out}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
