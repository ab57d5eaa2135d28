#!/usr/bin/env node
// Before `npm start` / `npm run serve`: rebuild dist/ when any input is newer than the last build,
// so the server always runs JavaScript compiled from the sources in the checkout.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.tsbuildinfo');
const inputs = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

function newestMtime(entry) {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stats.mtimeMs);
}

function builtAt() {
  try {
    return statSync(stamp).mtimeMs;
  } catch {
    return -1;
  }
}

const built = builtAt();
const changed = Math.max(...inputs.map((input) => newestMtime(path.join(root, input))));
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log('Usage: node scripts/build-if-stale.mjs   (runs `npm run build` when src/ is newer than dist/)');
} else if (built >= changed) {
  // up to date: nothing to say, start is quiet
} else {
  console.error(built < 0 ? 'build: no dist/ yet, compiling src/ …' : 'build: src/ changed since the last build, recompiling …');
  // A clean build: a source file removed from src/ must not live on in dist/.
  rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  execFileSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
}
