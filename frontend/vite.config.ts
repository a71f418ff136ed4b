import { defineConfig } from 'vite';

// Quinoa serves dist/ from the Quarkus binary and proxies to this dev server under `quarkus:dev`.
export default defineConfig({
  build: { target: 'es2022', outDir: 'dist', assetsInlineLimit: 0 },
  server: { port: 5173, strictPort: true },
});
