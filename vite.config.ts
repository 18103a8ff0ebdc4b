import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in src/web and is served by the API server from dist/web (src/api/web.ts).
export default defineConfig({
  root: fileURLToPath(new URL('src/web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('dist/web', import.meta.url)),
    emptyOutDir: true,
    // echarts is loaded only with the timeline (a lazy chunk), so the main chunk stays small.
    chunkSizeWarningLimit: 800,
  },
  server: {
    // `npx vite` serves the app with hot reload; the API runs beside it (`npm start`, port 4000).
    proxy: { '/api': 'http://localhost:4000', '/healthz': 'http://localhost:4000' },
  },
});
