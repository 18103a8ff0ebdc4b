import { writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../src/api/server.js';
import { openStore } from '../src/store/core/db.js';

/** Writes docs/openapi.json, the committed API reference; a test fails when it drifts from the code. */
export async function currentOpenApi(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'concord-openapi-'));
  const store = openStore(`sqlite://${join(dir, 'openapi.db')}`);
  try {
    const app = await buildServer({ store });
    await app.ready();
    const doc = `${JSON.stringify(app.swagger(), null, 2)}\n`;
    await app.close();
    return doc;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('openapi.ts')) {
  writeFileSync(new URL('../docs/openapi.json', import.meta.url), await currentOpenApi());
  console.log('Wrote docs/openapi.json');
}
