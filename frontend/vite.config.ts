import { defineConfig } from 'vite';

// Quinoa serves dist/ from the Quarkus binary. `npm run dev` alone serves the site on :5173 and passes the API and
// the live socket to a `coach serve` on :8080 (COACH_URL to change it).
const coach = process.env.COACH_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  build: { target: 'es2022', outDir: 'dist', assetsInlineLimit: 0 },
  server: { port: 5173, strictPort: true, proxy: { '/api': { target: coach, ws: true } } },
});
