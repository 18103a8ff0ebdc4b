/**
 * Issue 17: is there a lighter, maintained library than exceljs for what Concord does with XLSX —
 * read a provider's workbook (strings, numbers, dates as dates) and write exports with typed date
 * cells? Measures, on the import that stalled the server (issue 12: 350 rows, about 1.1 MiB), the
 * time to read it and to write 350 rows with a date column, with exceljs (in package.json) and the
 * candidates, each installed into a scratch folder of its own (not a dependency):
 *
 *   for d in exceljs sheetjs rwexcel; do mkdir -p $DIR/$d; done
 *   (cd $DIR/exceljs && npm i exceljs@4.4.0); (cd $DIR/sheetjs && npm i @e965/xlsx@0.20.3)
 *   (cd $DIR/rwexcel && npm i read-excel-file write-excel-file)
 *   BENCH_XLSX_DIR=$DIR npx tsx bench/xlsx-libraries.ts
 *
 * Install size is `du -sk node_modules` of each folder. Every reader must give back 350 rows and the
 * very dates written; every writer's file must be read back by exceljs with Date cells.
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const DIR = process.env.BENCH_XLSX_DIR ?? '/tmp/ops-xlsx';
const ROWS = 350;
const RUNS = 5;
const from = (sub: string) => createRequire(join(DIR, sub, 'package.json'));
// biome-ignore lint/suspicious/noExplicitAny: three libraries with their own types, loaded by path
type Any = any;
const ExcelJS: Any = from('exceljs')('exceljs');
const XLSX: Any = from('sheetjs')('@e965/xlsx');
const readExcel: Any = await import(from('rwexcel').resolve('read-excel-file/node'));
const writeExcel: Any = await import(from('rwexcel').resolve('write-excel-file/node'));

const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + (i % 365)));
const rows = Array.from({ length: ROWS }, (_, i) => ({
  key: `ACT.${i}`,
  title: `Course ${i}`,
  start: day(i),
  seats: 10 + (i % 20),
  // about 3 kB a row, as the load test's file: random text does not compress
  description: randomBytes(3200).toString('base64'),
}));

async function exceljsWrite(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Activities');
  sheet.addRow(['key', 'title', 'start', 'seats', 'description']);
  for (const r of rows) sheet.addRow([r.key, r.title, r.start, r.seats, r.description]);
  sheet.getColumn(3).numFmt = 'yyyy-mm-dd';
  return Buffer.from(await book.xlsx.writeBuffer());
}
async function sheetjsWrite(): Promise<Buffer> {
  const sheet = XLSX.utils.aoa_to_sheet(
    [
      ['key', 'title', 'start', 'seats', 'description'],
      ...rows.map((r) => [r.key, r.title, r.start, r.seats, r.description]),
    ],
    { cellDates: true, dateNF: 'yyyy-mm-dd' },
  );
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Activities');
  // Dates as serial numbers with the format (ISO 'd' cells are misread by other readers)
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', cellDates: false });
}
async function writeExcelFileWrite(): Promise<Buffer> {
  const data = [
    ['key', 'title', 'start', 'seats', 'description'].map((value) => ({ value })),
    ...rows.map((r) => [
      { value: r.key },
      { value: r.title },
      { value: r.start, type: Date, format: 'yyyy-mm-dd' },
      { value: r.seats, type: Number },
      { value: r.description },
    ]),
  ];
  return (writeExcel.default ?? writeExcel)(data).toBuffer();
}

/** Each reader's rows as [key, start date ISO]. */
async function exceljsRead(buf: Buffer): Promise<[string, string][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buf);
  const out: [string, string][] = [];
  book.worksheets[0].eachRow((row: Any, n: number) => {
    const start = row.getCell(3).value;
    if (n > 1)
      out.push([
        String(row.getCell(1).value),
        start instanceof Date ? start.toISOString() : `not a date: ${start}`,
      ]);
  });
  return out;
}
async function sheetjsRead(buf: Buffer): Promise<[string, string][]> {
  const book = XLSX.read(buf, { type: 'buffer', cellDates: true });
  const data: Any[][] = XLSX.utils.sheet_to_json(book.Sheets[book.SheetNames[0]], { header: 1, raw: true });
  return data.slice(1).map((r) => [String(r[0]), (r[2] as Date).toISOString()]);
}
async function readExcelFileRead(buf: Buffer): Promise<[string, string][]> {
  const data: Any[][] = await readExcel.readSheet(buf);
  return data.slice(1).map((r) => [String(r[0]), (r[2] as Date).toISOString()]);
}

const expected = rows.map((r) => [r.key, r.start.toISOString()]);
async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; out: T }> {
  const samples: number[] = [];
  let out!: T;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    out = await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { ms: Math.round((samples[Math.floor(RUNS / 2)] ?? 0) * 10) / 10, out };
}

const file = await exceljsWrite();
console.log(`file: ${ROWS} rows, ${(file.length / 1024 / 1024).toFixed(2)} MiB (written by exceljs)`);
const results = [];
for (const [name, write, read] of [
  ['exceljs 4.4.0', exceljsWrite, exceljsRead],
  ['@e965/xlsx 0.20.3 (SheetJS CE)', sheetjsWrite, sheetjsRead],
  ['read-excel-file + write-excel-file', writeExcelFileWrite, readExcelFileRead],
] as const) {
  const r = await time(() => read(file));
  const readOk = JSON.stringify(r.out) === JSON.stringify(expected);
  const w = await time(write);
  const back = await exceljsRead(w.out);
  const writeOk = JSON.stringify(back) === JSON.stringify(expected);
  if (!writeOk) console.log(name, 'wrote, exceljs read back:', back[0], 'expected', expected[0]);
  results.push({
    name,
    read_ms: r.ms,
    read_ok: readOk,
    write_ms: w.ms,
    write_bytes: w.out.length,
    write_ok: writeOk,
  });
}
console.table(results);
