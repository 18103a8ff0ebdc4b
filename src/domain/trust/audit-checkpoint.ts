import { createPublicKey, type KeyObject, sign, verify } from 'node:crypto';

/**
 * A signed statement of the audit chain at one moment: how many entries it had and the hash of the
 * last one. Kept outside the database (a file, signed with an Ed25519 key the database never sees),
 * it anchors the chain: a later chain must still have at least `entries` entries and the same hash
 * at that position, so deleting the tail or recomputing every hash after an edit is found.
 */
export interface Checkpoint {
  format: 'concord-audit-checkpoint/1';
  entries: number;
  head: string | null;
  at: string;
  public_key: string;
  signature: string;
}

type Unsigned = Pick<Checkpoint, 'format' | 'entries' | 'head' | 'at'>;

function message(c: Unsigned): Buffer {
  return Buffer.from(JSON.stringify([c.format, c.entries, c.head, c.at]));
}

export function signCheckpoint(entries: number, head: string | null, at: string, key: KeyObject): Checkpoint {
  const body: Unsigned = { format: 'concord-audit-checkpoint/1', entries, head, at };
  const publicKey = createPublicKey(key).export({ type: 'spki', format: 'der' }).toString('base64');
  return { ...body, public_key: publicKey, signature: sign(null, message(body), key).toString('base64') };
}

/**
 * Whether the checkpoint was signed by `trusted` (the configured key's public half). Without a
 * configured key the checkpoint's own public key is all there is: that proves the file was not
 * altered since signing, but not who signed it, so callers say so.
 */
export function checkpointSignatureValid(c: Checkpoint, trusted?: KeyObject): boolean {
  if (c.format !== 'concord-audit-checkpoint/1' || !Number.isInteger(c.entries) || c.entries < 0)
    return false;
  const key =
    trusted ?? createPublicKey({ key: Buffer.from(c.public_key, 'base64'), format: 'der', type: 'spki' });
  try {
    return verify(null, message(c), key, Buffer.from(c.signature, 'base64'));
  } catch {
    return false;
  }
}

export function parseCheckpoint(text: string): Checkpoint {
  const c = JSON.parse(text) as Partial<Checkpoint>;
  if (
    c.format !== 'concord-audit-checkpoint/1' ||
    typeof c.entries !== 'number' ||
    (c.head !== null && typeof c.head !== 'string') ||
    typeof c.at !== 'string' ||
    typeof c.public_key !== 'string' ||
    typeof c.signature !== 'string'
  ) {
    throw new Error('not a Concord audit checkpoint');
  }
  return c as Checkpoint;
}
