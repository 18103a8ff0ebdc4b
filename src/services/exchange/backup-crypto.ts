import { type CipherGCM, createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import type { Readable, Transform } from 'node:stream';
import { DomainError } from '../../domain/core/errors.js';

/**
 * An encrypted backup: MAGIC, a 16-byte scrypt salt, a 12-byte nonce, the AES-256-GCM ciphertext of
 * the JSON-lines backup, and the 16-byte tag. GCM authenticates every byte, so a file changed or cut
 * short after writing does not verify, and restore refuses it before it touches the database.
 */
const MAGIC = Buffer.from('CONCORD-BACKUP-AES256GCM-1\n');
const SALT = 16;
const NONCE = 12;
const TAG = 16;
const HEADER = MAGIC.length + SALT + NONCE;

const keyOf = (passphrase: string, salt: Buffer) =>
  scryptSync(passphrase, salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });

export function isEncrypted(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(MAGIC.length);
    const n = readSync(fd, head, 0, MAGIC.length, 0);
    return n === MAGIC.length && head.equals(MAGIC);
  } finally {
    closeSync(fd);
  }
}

/** The header to write first, and the cipher to pipe the backup through; its tag goes last. */
export function encryptor(passphrase: string): { header: Buffer; cipher: CipherGCM } {
  const salt = randomBytes(SALT);
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', keyOf(passphrase, salt), nonce);
  return { header: Buffer.concat([MAGIC, salt, nonce]), cipher };
}

function readAt(file: string, position: number, length: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const out = Buffer.alloc(length);
    readSync(fd, out, 0, length, position);
    return out;
  } finally {
    closeSync(fd);
  }
}

/** The plaintext of an encrypted backup as a stream; the stream errors when the tag does not verify. */
export function decryptingStream(file: string, passphrase: string | undefined): Readable {
  if (!passphrase)
    throw new DomainError(
      'import.file',
      `${file} is encrypted: set BACKUP_KEY to the key it was written with`,
    );
  const size = statSync(file).size;
  if (size < HEADER + TAG)
    throw new DomainError('import.file', `${file} is too short to be an encrypted backup`);
  const head = readAt(file, 0, HEADER);
  const salt = head.subarray(MAGIC.length, MAGIC.length + SALT);
  const nonce = head.subarray(MAGIC.length + SALT);
  const decipher = createDecipheriv('aes-256-gcm', keyOf(passphrase, salt), nonce);
  decipher.setAuthTag(readAt(file, size - TAG, TAG));
  return createReadStream(file, { start: HEADER, end: size - TAG - 1 }).pipe(decipher as Transform);
}

/**
 * Reads the whole encrypted file once and checks its tag: a wrong key, a changed byte or a cut
 * tail is refused here, before anything is restored.
 */
export async function verifyEncrypted(file: string, passphrase: string | undefined): Promise<void> {
  const stream = decryptingStream(file, passphrase);
  try {
    for await (const _ of stream) {
      // only the tag check at the end matters
    }
  } catch {
    throw new DomainError(
      'import.file',
      `${file} does not verify: the key is wrong or the file was changed or cut short`,
    );
  }
}
