import cliProgress from 'cli-progress';
import { Command, Option } from 'commander';
import { SYSTEM_ACTOR } from '../domain/trust/actor.js';
import { contextFor } from '../services/core/context.js';
import { IMPORT_KINDS, IMPORTERS, type ImportKind, importRows } from '../services/exchange/import.service.js';
import { readImportFile } from '../services/exchange/import-file.js';
import { withStore } from './output.js';

export function importCommand(): Command {
  return new Command('import')
    .description(
      'Import registry records from a JSON or CSV file: good rows in one transaction, bad rows reported',
    )
    .addArgument(new Command().createArgument('<kind>', 'what the file holds').choices(IMPORT_KINDS))
    .argument('<file>', 'a .json file (array of records) or .csv file (header row)')
    .option('--strict', 'all or nothing: import nothing if any row is bad')
    .addOption(new Option('--json', 'print the report as JSON'))
    .action(async (kind: ImportKind, file: string, options: { strict?: boolean; json?: boolean }) => {
      const rows = await readImportFile(file, IMPORTERS[kind].schema);
      const report = await withStore(async (store) => {
        const bar =
          process.stderr.isTTY && rows.length >= 200 && !options.json
            ? new cliProgress.SingleBar({
                stream: process.stderr,
                format: `${kind} {bar} {value}/{total} rows`,
              })
            : null;
        bar?.start(rows.length, 0);
        try {
          return await importRows(contextFor(store, SYSTEM_ACTOR), kind, rows, {
            strict: options.strict,
            onProgress: (done) => bar?.update(done),
          });
        } finally {
          bar?.stop();
        }
      });
      if (options.json) console.log(JSON.stringify(report));
      else {
        for (const e of report.errors) console.log(`row ${e.row}: ${e.field}: ${e.reason}`);
        const verdict = report.committed
          ? `imported ${report.imported} of ${report.rows} rows`
          : 'nothing imported (--strict)';
        console.log(`${kind}: ${verdict}; ${report.failed} row(s) refused.`);
      }
      if (report.failed > 0) process.exitCode = 2;
    });
}
