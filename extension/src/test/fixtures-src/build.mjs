// Bundles each page in src/pages with React and the Cloudscape components into one
// self-contained HTML file (script and styles inline) in the folder given as the argument.
// The page loads /__fixtures/options.js first: the test server answers it with the scenario.
import * as esbuild from 'esbuild';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs OUTPUT_DIR');
  process.exit(2);
}
const TITLES = {
  'layout-c': 'Billing and Cost Management',
  'data-exports': 'Billing and Cost Management',
  'cur-create': 'Billing and Cost Management',
  's3-create-bucket': 'S3 Management Console',
  's3-bucket-policy': 'S3 Management Console',
};
const pages = readdirSync('src/pages').filter((name) => name.endsWith('.jsx')).map((name) => basename(name, '.jsx'));
const result = await esbuild.build({
  entryPoints: pages.map((page) => `src/pages/${page}.jsx`),
  bundle: true,
  minify: true,
  format: 'iife',
  jsx: 'automatic',
  target: 'chrome120',
  outdir: 'bundle',
  write: false,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  // The console's web fonts are not needed to find labels; the page falls back to Arial.
  loader: { '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.svg': 'dataurl', '.png': 'dataurl' },
  logLevel: 'warning',
});

const outputs = new Map(result.outputFiles.map((file) => [basename(file.path), file.text]));
// Inside an inline <script>, "</script" would end it; "<\/script" means the same to JavaScript.
const inline = (code) => code.replace(/<\/(script|style)/gi, '<\\/$1');
mkdirSync(out, { recursive: true });
for (const page of pages) {
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${TITLES[page] || 'AWS Management Console'}</title>
<style>${inline(outputs.get(`${page}.css`) || '')}</style>
<script src="/__fixtures/options.js"></script>
</head>
<body>
<div id="app"></div>
<script>${inline(outputs.get(`${page}.js`))}</script>
</body>
</html>
`;
  writeFileSync(join(out, `${page}.html`), html);
}
console.log(`fixture pages: ${pages.join(', ')} -> ${out}`);
