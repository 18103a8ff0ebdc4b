import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precompress } from './scripts/precompress.js';

/** Brotli and gzip copies of the built assets, served as they are by src/api/core/web.ts. */
function precompressAssets(): Plugin {
  return {
    name: 'concord-precompress',
    apply: 'build',
    async writeBundle(options) {
      if (!options.dir) return;
      const { files, bytes, brotli } = await precompress(join(options.dir, 'assets'));
      this.info(
        `precompressed ${files} assets: ${Math.round(bytes / 1024)} kB → ${Math.round(brotli / 1024)} kB brotli`,
      );
    },
  };
}

// The web app lives in src/web and is served by the API server from dist/web (src/api/core/web.ts).
export default defineConfig({
  root: fileURLToPath(new URL('src/web', import.meta.url)),
  plugins: [react(), precompressAssets()],
  build: {
    outDir: fileURLToPath(new URL('dist/web', import.meta.url)),
    emptyOutDir: true,
    // echarts is loaded only with the timeline (a lazy chunk), so the main chunk stays small.
    chunkSizeWarningLimit: 800,
  },
  server: {
    // `npx vite` serves the app with hot reload; the API runs beside it (`npm start`, port 4000).
    proxy: {
      '/api': 'http://localhost:4000',
      '/healthz': 'http://localhost:4000',
      '/readyz': 'http://localhost:4000',
    },
  },
});
