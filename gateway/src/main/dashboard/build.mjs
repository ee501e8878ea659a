// Bundles the dashboard into the gateway's static resources (no CDN: every library comes from
// node_modules). Asset names carry a content hash so they can be cached for a year; index.html
// is written last with those names and is revalidated on every visit.
import * as esbuild from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// argv[2]: the class output directory. Assets go where Quarkus serves static files; the page goes
// beside them, to be served by DashboardRoute with its own caching rules.
const classes = process.argv[2];
if (!classes) {
  console.error('usage: node build.mjs <class output directory>');
  process.exit(2);
}
const assets = join(classes, 'META-INF', 'resources', 'assets');
const pageDirectory = join(classes, 'META-INF', 'dashboard');
await rm(assets, { recursive: true, force: true });
await mkdir(assets, { recursive: true });

const result = await esbuild.build({
  // the workspace is an entry of its own: the public pages never load it
  entryPoints: {
    app: 'src/main.js',
    style: 'src/style.css',
    workspace: 'src/workspace/main.js',
    'workspace-style': 'src/workspace.css',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2020'],
  outdir: assets,
  entryNames: '[name]-[hash]',
  metafile: true,
  legalComments: 'linked',
  logLevel: 'warning',
});

const built = {};
for (const [file, meta] of Object.entries(result.metafile.outputs)) {
  if (meta.entryPoint) {
    built[meta.entryPoint] = '/assets/' + file.split('/').pop();
  }
}
const page = (await readFile('src/index.html', 'utf8'))
  .replace('%APP_JS%', built['src/main.js'])
  .replace('%STYLE_CSS%', built['src/style.css']);
const workspacePage = (await readFile('src/workspace.html', 'utf8'))
  .replace('%WORKSPACE_JS%', built['src/workspace/main.js'])
  .replace('%STYLE_CSS%', built['src/style.css'])
  .replace('%WORKSPACE_CSS%', built['src/workspace.css']);
await mkdir(pageDirectory, { recursive: true });
await writeFile(join(pageDirectory, 'index.html'), page);
await writeFile(join(pageDirectory, 'workspace.html'), workspacePage);
// Each asset is compressed once here, at its densest, beside the original (file.gz, file.br): the
// gateway answers the form the browser accepts instead of compressing on every request.
for (const [file, meta] of Object.entries(result.metafile.outputs)) {
  const bytes = await readFile(file);
  const gzip = gzipSync(bytes, { level: 9 });
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
  await writeFile(file + '.gz', gzip);
  await writeFile(file + '.br', brotli);
  console.log(`dashboard: ${file.split('/').pop()} ${(meta.bytes / 1024).toFixed(1)} KiB (gzip ${(gzip.length / 1024).toFixed(1)}, br ${(brotli.length / 1024).toFixed(1)})`);
}
