import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// In development the same-origin routes of server/serve.mjs are proxied by Vite.
export default defineConfig({
  plugins: [preact()],
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 900 },
  server: {
    proxy: {
      '/api/directory': { target: 'http://localhost:8081', rewrite: (p) => p.replace(/^\/api\/directory/, '') },
      '/api/agreements': { target: 'http://localhost:8082', rewrite: (p) => p.replace(/^\/api\/agreements/, '') },
      '/api/assessment': { target: 'http://localhost:8083', rewrite: (p) => p.replace(/^\/api\/assessment/, '') },
    },
  },
});
