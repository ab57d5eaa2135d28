/**
 * Bundles the explorer page (sigma + graphology, no CDN) into public/build/explorer/.
 * `tsx web/explorer/build.ts` always builds; `--if-missing` builds only when there is no bundle yet
 * (used by `prestart` and the browser test).
 */
import { copyFile, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
export const explorerBuildDir = path.resolve(here, '../../public/build/explorer');
export const EXPLORER_FILES = ['index.html', 'explorer.js', 'explorer.css'] as const;

export async function isExplorerBuilt(dir = explorerBuildDir): Promise<boolean> {
  const present = await Promise.all(EXPLORER_FILES.map((f) => stat(path.join(dir, f)).then(() => true, () => false)));
  return present.every(Boolean);
}

export async function buildExplorer(outDir = explorerBuildDir): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await build({
    entryPoints: [path.join(here, 'src/main.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    outfile: path.join(outDir, 'explorer.js'),
    logLevel: 'warning',
  });
  await copyFile(path.join(here, 'index.html'), path.join(outDir, 'index.html'));
  await copyFile(path.join(here, 'explorer.css'), path.join(outDir, 'explorer.css'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const ifMissing = process.argv.includes('--if-missing');
  if (ifMissing && (await isExplorerBuilt())) {
    process.stderr.write('explorer: bundle present (npm run build:explorer rebuilds it)\n');
  } else {
    await buildExplorer();
    process.stderr.write(`explorer: built into ${path.relative(process.cwd(), explorerBuildDir)}\n`);
  }
}
