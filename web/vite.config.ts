import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Builds the UI from web/ into web/dist; in dev, /api goes to the local API server. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The chart chunk (ECharts core with the four charts used) is ~590 kB and already split out:
    // only the timeline and membership pages load it. The warning printed on every `npm start`.
    chunkSizeWarningLimit: 650,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
  preview: {
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
});
