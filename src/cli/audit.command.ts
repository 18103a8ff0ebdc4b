import { Command } from 'commander';
import { SYSTEM_ACTOR } from '../domain/trust/actor.js';
import { contextFor } from '../services/core/context.js';
import { verifyAudit } from '../services/trust/audit.service.js';
import { withStore } from './output.js';

export function auditCommands(): Command {
  const audit = new Command('audit').description('The tamper-evident audit trail');
  audit
    .command('verify')
    .description('Check the hash chain of the whole audit trail; exit code 1 names the first broken entry')
    .option('--json', 'report as JSON: {"intact", "checked", "broken"}')
    .action(async (options: { json?: boolean }) => {
      const { checked, broken } = await withStore((store) => verifyAudit(contextFor(store, SYSTEM_ACTOR)));
      if (options.json) {
        console.log(JSON.stringify({ intact: !broken, checked, broken: broken ?? null }));
        if (broken) process.exitCode = 1;
      } else if (broken) {
        console.log(
          `Audit trail BROKEN at entry ${broken.id}: ${broken.reason} (${checked} entries verified before it).`,
        );
        process.exitCode = 1;
      } else {
        console.log(`Audit trail intact: ${checked} entries verified.`);
      }
    });
  return audit;
}
