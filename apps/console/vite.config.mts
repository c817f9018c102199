// The console is served by the api-gateway under /console/ and calls /v1 and /auth on the same
// origin; `npm run dev -w @aftersales/console` proxies those to a gateway on 127.0.0.1:4000.
import { defineConfig, type ProxyOptions } from 'vite';

// The gateway refuses cookie-authenticated writes whose Origin is not its PUBLIC_URL; the dev
// server's origin (another port) is not, so the proxy drops the header (the CSRF token still goes).
const gateway: ProxyOptions = {
  target: 'http://127.0.0.1:4000',
  configure: (proxy) => proxy.on('proxyReq', (req) => req.removeHeader('origin')),
};

export default defineConfig({
  base: '/console/',
  // JSX via Vite's built-in Oxc transform (automatic runtime): no React plugin needed for a build.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1_000,
    rollupOptions: {
      // react-intl marks itself "use client" (a React Server Components hint): meaningless here.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: { '/v1': gateway, '/auth': gateway },
  },
});
