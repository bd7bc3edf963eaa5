import { defineConfig } from 'vite';

// The dashboard: React with the automatic JSX runtime (Vite's own transform, no plugin), built into dist/,
// which the API serves at `/`. Nothing is fetched at run time: no CDN, no external fonts.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: process.env.CUSTODY_WEB_OUT_DIR || 'dist',
    emptyOutDir: true,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 1024,
  },
});
