import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

// The department web app; the hub serves web/dist at / (src/server/web.ts).
// A build is always a production build (React's production runtime), also when it runs under the
// tests' NODE_ENV=test or an operator's NODE_ENV=development.
process.env.NODE_ENV = 'production';

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.join(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // The tests read it to measure the JavaScript a first visit loads (tests/browser/budget.suite.ts).
    manifest: true,
    sourcemap: false,
    // The ECharts chunk (~170 KB gzipped) is loaded lazily by the chart; the budget test guards the initial load.
    chunkSizeWarningLimit: 1000,
  },
});
