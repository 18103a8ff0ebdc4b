import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  type Checkpoint,
  checkpointSignatureValid,
  signCheckpoint,
} from '../../domain/trust/audit-checkpoint.js';
import { countAuditEntries } from '../../store/trust/audit.repo.js';
import type { Ctx } from '../core/context.js';
import { verifyAudit } from './audit.service.js';

/**
 * The Ed25519 key that signs checkpoints, from a PEM file outside the database; created (0600, in a
 * 0700 directory when new) on first use, so that an installation anchors its trail without a step.
 */
export function loadSigningKey(path: string): KeyObject {
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  }
  const key = createPrivateKey(readFileSync(path));
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${path} is not an Ed25519 private key`);
  return key;
}

/** Where the signing key lives unless AUDIT_CHECKPOINT_KEY says: beside the checkpoints, or ./data. */
export function signingKeyPath(config: {
  AUDIT_CHECKPOINT_KEY?: string | undefined;
  AUDIT_CHECKPOINT_DIR?: string | undefined;
}): string {
  return config.AUDIT_CHECKPOINT_KEY ?? join(config.AUDIT_CHECKPOINT_DIR ?? 'data', 'audit-signing-key.pem');
}

/** The chain as it is now, signed. Counts and head are read from the verified chain, not trusted. */
export async function makeCheckpoint(ctx: Ctx, key: KeyObject): Promise<Checkpoint> {
  const { checked, broken, head } = await verifyAudit(ctx);
  if (broken)
    throw new Error(
      `the audit trail is broken at entry ${broken.id} (${broken.reason}); no checkpoint signed`,
    );
  return signCheckpoint(checked, head, new Date().toISOString(), key);
}

export interface CheckpointVerdict {
  intact: boolean;
  entries: number;
  head: string | null;
  reason?: string;
}

/**
 * Whether today's chain is whole and extends the checkpoint: at least as many entries, and the same
 * hash at the checkpoint's position. `trusted` is the configured signing key, when there is one.
 */
export async function verifyAgainstCheckpoint(
  ctx: Ctx,
  checkpoint: Checkpoint,
  trusted?: KeyObject,
): Promise<CheckpointVerdict> {
  const { checked, broken, head, hashAt } = await verifyAudit(ctx, checkpoint.entries || undefined);
  const verdict = (reason?: string): CheckpointVerdict => ({
    intact: reason === undefined,
    entries: checked,
    head,
    ...(reason ? { reason } : {}),
  });
  if (!checkpointSignatureValid(checkpoint, trusted))
    return verdict('the checkpoint signature does not verify');
  if (broken) return verdict(`entry ${broken.id} ${broken.reason}`);
  if (checked < checkpoint.entries)
    return verdict(
      `the chain has ${checked} entries, fewer than the ${checkpoint.entries} the checkpoint signed`,
    );
  if (checkpoint.entries > 0 && hashAt !== checkpoint.head)
    return verdict(`entry ${checkpoint.entries} no longer has the hash the checkpoint signed`);
  return verdict();
}

export function checkpointFileName(c: Checkpoint): string {
  return `audit-checkpoint-${String(c.entries).padStart(10, '0')}-${c.at.replace(/[:.]/g, '-')}.json`;
}

export interface CheckpointSchedule {
  dir: string;
  key: KeyObject;
  /** write when this many entries were added since the last checkpoint */
  every: number;
  /** …or when this many milliseconds passed and anything was added */
  intervalMs: number;
  /** how often to look (default 10 s) */
  pollMs?: number;
  onError?: (err: unknown) => void;
}

/**
 * Writes a checkpoint at start and then every `every` entries or `intervalMs`, whichever comes
 * first, into `dir`. Each instance writes its own; any of them anchors the one shared chain.
 */
export function startCheckpoints(ctx: Ctx, schedule: CheckpointSchedule): () => Promise<void> {
  mkdirSync(schedule.dir, { recursive: true, mode: 0o700 });
  let lastEntries = -1;
  let lastAt = 0;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    const n = await countAuditEntries(ctx.db);
    const due =
      lastEntries < 0 ||
      n - lastEntries >= schedule.every ||
      (n !== lastEntries && Date.now() - lastAt >= schedule.intervalMs);
    if (!due) return;
    const checkpoint = await makeCheckpoint(ctx, schedule.key);
    writeFileSync(
      join(schedule.dir, checkpointFileName(checkpoint)),
      `${JSON.stringify(checkpoint, null, 2)}\n`,
    );
    lastEntries = checkpoint.entries;
    lastAt = Date.now();
  };
  const run = () => {
    running = running.then(tick).catch((err) => schedule.onError?.(err));
  };
  run();
  const timer = setInterval(run, schedule.pollMs ?? 10_000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
