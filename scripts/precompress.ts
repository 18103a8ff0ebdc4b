import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside each text asset of the built web app, compressed
 * once at high levels, so that the server (src/api/core/web.ts, @fastify/static `preCompressed`)
 * sends them without compressing on each request. Run by `vite build` (vite.config.ts); also runnable
 * alone: `npx tsx scripts/precompress.ts [dir]` (default dist/web/assets).
 */
const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|txt|map)$/;
const MIN_BYTES = 1024; // below this, the headers outweigh the saving
// Brotli 10 is within about 1 % of 11 on these bundles at a third of the build time (measured).
const BROTLI_QUALITY = 10;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

export async function precompress(dir: string): Promise<{ files: number; bytes: number; brotli: number }> {
  const names = (await readdir(dir)).filter((name) => COMPRESSIBLE.test(name));
  const totals = { files: 0, bytes: 0, brotli: 0 };
  await Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      const raw = await readFile(path);
      if (raw.length < MIN_BYTES) return;
      const [br, gz] = await Promise.all([
        brotli(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          },
        }),
        gzipped(raw, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      // A copy that saves nothing is left out: the server then sends the file itself.
      if (br.length < raw.length) await writeFile(`${path}.br`, br);
      if (gz.length < raw.length) await writeFile(`${path}.gz`, gz);
      totals.files += 1;
      totals.bytes += raw.length;
      totals.brotli += Math.min(br.length, raw.length);
    }),
  );
  return totals;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? fileURLToPath(new URL('../dist/web/assets', import.meta.url));
  const { files, bytes, brotli: compressed } = await precompress(dir);
  console.log(`precompressed ${files} files: ${bytes} bytes → ${compressed} bytes (brotli)`);
}
