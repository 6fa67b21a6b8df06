import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The server serves client/dist on the same origin; in development Vite proxies the API and
// Socket.IO to the server on :3000 so cookies stay same-origin.
const apiTarget = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/socket.io': { target: apiTarget, ws: true, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // scripts/check-bundle.mjs reads the manifest to measure what the landing route loads.
    manifest: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Framework code every route needs: cached across deploys separately from app code.
            // Deliberately narrow tests so nothing only a lazy route uses (recharts, socket.io) lands here.
            {
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/,
              priority: 20,
            },
            {
              name: 'query-i18n',
              test: /[\\/]node_modules[\\/](@tanstack[\\/](query-core|react-query)|i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/,
              priority: 10,
            },
          ],
        },
      },
    },
  },
});
