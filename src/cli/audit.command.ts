import { createPublicKey } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { loadConfig } from '../config.js';
import { SYSTEM_ACTOR } from '../domain/trust/actor.js';
import { parseCheckpoint } from '../domain/trust/audit-checkpoint.js';
import { contextFor } from '../services/core/context.js';
import { verifyAudit } from '../services/trust/audit.service.js';
import {
  loadSigningKey,
  makeCheckpoint,
  signingKeyPath,
  verifyAgainstCheckpoint,
} from '../services/trust/audit-checkpoint.service.js';
import { withStore } from './output.js';

export function auditCommands(): Command {
  const audit = new Command('audit').description('The tamper-evident audit trail');
  audit
    .command('verify')
    .description(
      'Check the hash chain of the whole audit trail; with --checkpoint, also that it still extends a signed checkpoint. Exit code 1 names what is wrong',
    )
    .option('--checkpoint <file>', 'a checkpoint written by the server or by `concord audit checkpoint`')
    .option('--json', 'print {intact, entries, head} (and reason when not intact)')
    .action(async (options: { checkpoint?: string; json?: boolean }) => {
      const verdict = await withStore(async (store) => {
        const ctx = contextFor(store, SYSTEM_ACTOR);
        if (options.checkpoint) {
          const checkpoint = parseCheckpoint(readFileSync(options.checkpoint, 'utf8'));
          // The configured key is the trusted one; without it, the checkpoint's own key is all we have.
          const keyPath = signingKeyPath(loadConfig());
          const trusted = existsSync(keyPath) ? createPublicKey(loadSigningKey(keyPath)) : undefined;
          if (!trusted && !options.json)
            console.log(`No signing key at ${keyPath}: the checkpoint's own public key is used.`);
          return verifyAgainstCheckpoint(ctx, checkpoint, trusted);
        }
        const { checked, broken, head } = await verifyAudit(ctx);
        return {
          intact: broken === null,
          entries: checked,
          head,
          ...(broken ? { reason: `entry ${broken.id} ${broken.reason}` } : {}),
        };
      });
      if (!verdict.intact) process.exitCode = 1;
      if (options.json) {
        console.log(JSON.stringify(verdict));
      } else if (verdict.intact) {
        console.log(`Audit trail intact: ${verdict.entries} entries verified.`);
      } else {
        console.log(`Audit trail BROKEN: ${verdict.reason} (${verdict.entries} entries verified).`);
      }
    });
  audit
    .command('checkpoint')
    .description(
      'Sign the chain as it is now (entries and head hash, Ed25519) and write it to a file kept outside the database',
    )
    .requiredOption('--out <file>', 'where to write the checkpoint')
    .option('--json', 'print {file, entries, head}')
    .action(async (options: { out: string; json?: boolean }) => {
      const key = loadSigningKey(signingKeyPath(loadConfig()));
      const checkpoint = await withStore((store) => makeCheckpoint(contextFor(store, SYSTEM_ACTOR), key));
      writeFileSync(options.out, `${JSON.stringify(checkpoint, null, 2)}\n`);
      if (options.json)
        console.log(
          JSON.stringify({ file: options.out, entries: checkpoint.entries, head: checkpoint.head }),
        );
      else
        console.log(
          `Checkpoint written to ${options.out}: ${checkpoint.entries} entries, head ${checkpoint.head}.`,
        );
    });
  return audit;
}
