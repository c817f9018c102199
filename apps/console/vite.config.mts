// The console is served by the api-gateway under /console/ and calls /v1 and /auth on the same
// origin; `npm run dev -w @aftersales/console` proxies those to a gateway on 127.0.0.1:4000.
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/console/',
  // JSX via Vite's built-in Oxc transform (automatic runtime): no React plugin needed for a build.
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1_000 },
  server: {
    proxy: { '/v1': 'http://127.0.0.1:4000', '/auth': 'http://127.0.0.1:4000' },
  },
});
