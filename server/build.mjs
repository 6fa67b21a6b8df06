// Bundle the server for `npm start` and the Docker image: our workspace packages (@ketnoi/*,
// TypeScript sources) are inlined; npm packages stay external and load from node_modules.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const externalNpmPackages = {
  name: 'external-npm-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.kind === 'entry-point' || args.path.startsWith('@ketnoi/')) return undefined;
      return { path: args.path, external: true };
    });
  },
};

await build({
  absWorkingDir: path.dirname(fileURLToPath(import.meta.url)),
  entryPoints: {
    main: 'src/main.ts',
    index: 'src/index.ts',
    'cli/seed': 'src/cli/seed.ts',
    'cli/reindex': 'src/cli/reindex.ts',
    'cli/indexes': 'src/cli/indexes.ts',
  },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outdir: 'dist',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [externalNpmPackages],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
}).catch(() => process.exit(1));
console.log('server built → server/dist');
