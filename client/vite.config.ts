import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * src/main.tsx imports the app (src/boot.tsx) dynamically, after the first paint. This adds
 * `<link rel="modulepreload">` for the chunks main.tsx imports dynamically and every chunk they
 * import statically, so they
 * download with the HTML as before; only their evaluation waits for the paint. They are fetched
 * at low priority: the stylesheet and the first screen's images (the server's first paint) come
 * first on a slow connection, the app's code right behind them.
 */
function preloadBoot(): Plugin {
  return {
    name: 'ketnoi-preload-boot',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const boot = chunks.find((c) => c.facadeModuleId?.endsWith('/src/boot.tsx'));
        if (!boot) throw new Error('preloadBoot: no chunk for src/boot.tsx');
        const entry = chunks.find((c) => c.isEntry);
        const files = new Set<string>();
        const visit = (file: string) => {
          if (files.has(file)) return;
          files.add(file);
          const chunk = chunks.find((c) => c.fileName === file);
          for (const imported of chunk?.imports ?? []) visit(imported);
        };
        // The app and what main.tsx runs before it (React DOM in a task of its own).
        for (const file of new Set([...(entry?.dynamicImports ?? []), boot.fileName])) visit(file);
        return {
          html: html.replace(/<script type="module" crossorigin src=/, '<script type="module" crossorigin fetchpriority="low" src='),
          tags: [...files].map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, fetchpriority: 'low', href: `/${file}` },
            injectTo: 'head' as const,
          })),
        };
      },
    },
  };
}

// The server serves client/dist on the same origin; in development Vite proxies the API and
// Socket.IO to the server on :3000 so cookies stay same-origin.
const apiTarget = 'http://localhost:3000';

export default defineConfig({
  plugins: [react(), preloadBoot()],
  // Translations as JSON.parse("…") rather than object literals: V8 parses JSON several times
  // faster, which a phone feels when the app starts.
  json: { stringify: true },
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
