// Build of the web app: root is this folder, output goes to dist/web, which the server
// serves with an SPA fallback. Hashed files under /assets are cached for ever by the server.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: path.resolve(here, '../../dist/web'),
    emptyOutDir: true,
    target: 'es2020',
    // Residents read public pages on cheap phones: keep chunks honest.
    chunkSizeWarningLimit: 250,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // A locale part's en messages (src/web/locales/<part>/en.json) is its own small chunk,
        // fetched only when a user reads English: name it after its part, not just "en".
        chunkFileNames: (chunk) => {
          const part = /[\\/]locales[\\/]([\w-]+)[\\/]en\.json$/.exec(chunk.facadeModuleId ?? '')?.[1];
          return part ? `assets/${part}.en-[hash].js` : 'assets/[name]-[hash].js';
        },
        // React changes far less often than the app: its own long-cached file means a new
        // release costs a resident's phone only the app's few kilobytes.
        // ECharts (core, bar chart, canvas only) is loaded by finance entry pages alone, in its own
        // long-cached chunk; it is the one chunk above the size warning (~147 kB gzipped).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': `http://127.0.0.1:${process.env.GONGZHI_API_PORT ?? '3000'}` },
  },
});
