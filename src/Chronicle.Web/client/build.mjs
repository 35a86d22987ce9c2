// Bundles the dashboard into ../wwwroot: one script, one stylesheet, the page, and the country shapes from
// world-atlas, so the server needs no CDN and the page loads nothing from elsewhere (CSP default-src 'self').
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const out = new URL('../wwwroot/', import.meta.url);
await mkdir(out, { recursive: true });
await build({
  entryPoints: ['src/main.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  outfile: new URL('app.js', out).pathname,
  legalComments: 'none',
  logLevel: 'warning',
});
await copyFile('src/index.html', new URL('index.html', out));
await copyFile('src/app.css', new URL('app.css', out));
await copyFile(require.resolve('world-atlas/countries-110m.json'), new URL('countries-110m.json', out));
