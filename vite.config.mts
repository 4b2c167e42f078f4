import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served from `app://tracelens/` in Electron and from `/` by
// `tracelens serve`; relative asset paths work for both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
