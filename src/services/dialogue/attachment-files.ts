import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { setting } from '../../config.js';
import { DomainError } from '../../domain/core/errors.js';
import { ATTACHMENT_TYPES, type AttachmentType } from '../../schemas/dialogue/attachment.schema.js';

/**
 * Attached files live outside the database, content-addressed: the bytes are stored once under their
 * SHA-256 (ab/cdef…), written to a temporary name and renamed, so a file is either whole or absent;
 * every read recomputes the checksum, so a file changed on disk is refused rather than served.
 */
export function attachmentsDir(): string {
  return resolve(setting('ATTACHMENTS_DIR'));
}

const pathOf = (sha256: string) => join(attachmentsDir(), sha256.slice(0, 2), sha256.slice(2));

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Keeps the bytes under their checksum (once: the same file attached twice is stored once). */
export async function storeContent(bytes: Uint8Array): Promise<string> {
  const sha256 = sha256Of(bytes);
  const path = pathOf(sha256);
  if (await stat(path).catch(() => null)) return sha256;
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, bytes, { mode: 0o600 });
  await rename(temporary, path);
  return sha256;
}

/** Whether the bytes of this checksum are kept (a restore checks every row has its file). */
export async function hasContent(sha256: string): Promise<boolean> {
  return (await stat(pathOf(sha256)).catch(() => null)) !== null;
}

/** The bytes stored under a checksum, verified; a missing or altered file is an error, never served. */
export async function readContent(sha256: string): Promise<Buffer> {
  const bytes = await readFile(pathOf(sha256)).catch(() => null);
  if (!bytes)
    throw new DomainError(
      'attachment.corrupt',
      `the file ${sha256} is missing from the attachments directory`,
    );
  if (sha256Of(bytes) !== sha256)
    throw new DomainError('attachment.corrupt', `the file ${sha256} does not match its checksum`);
  return bytes;
}

/** Plain text: valid UTF-8 with no control characters other than tab, line feed and carriage return. */
function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for exactly these
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text);
}

/** What the file is, from its bytes (file-type reads the signatures); refused when not a kind we keep. */
export async function detectType(bytes: Uint8Array): Promise<AttachmentType> {
  const found = await fileTypeFromBuffer(bytes);
  const mime = found?.mime ?? (bytes.length > 0 && isPlainText(bytes) ? 'text/plain' : undefined);
  if (mime && (ATTACHMENT_TYPES as readonly string[]).includes(mime)) return mime as AttachmentType;
  throw DomainError.field(
    'attachment.unsupported_type',
    'body',
    `is ${mime ?? 'of an unknown kind'}; attach a PDF, Word or OpenDocument text, PNG, JPEG or plain text file`,
  );
}
