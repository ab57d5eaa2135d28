import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// The server runs as built JavaScript everywhere it is started: npm start, npm run serve, the image.
const root = new URL('../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');
const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string>; engines: { node: string } };
const dockerfile = read('Dockerfile');

describe('the production runtime', () => {
  it('npm start and npm run serve run dist/, rebuilt first when the sources changed', () => {
    expect(pkg.scripts.start).toBe('node dist/cli/serve.js --load-seeds');
    expect(pkg.scripts.serve).toBe('node dist/cli/serve.js');
    expect(pkg.scripts.prestart).toContain('node scripts/build-if-stale.mjs');
    expect(pkg.scripts.preserve).toBe('node scripts/build-if-stale.mjs');
    expect(pkg.scripts.build).toBe('tsc -p tsconfig.build.json');
  });

  it('the image builds the same way and starts what npm start starts, on a Node inside engines', () => {
    expect(dockerfile).toContain('RUN npm run build');
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    expect(JSON.parse(cmd ?? '[]').join(' ')).toBe(pkg.scripts.start);
    const bases = [...dockerfile.matchAll(/^FROM node:(\d+)/gm)].map((m) => m[1]!);
    expect(bases.length).toBeGreaterThan(0);
    for (const major of bases) expect(semver.intersects(`${major}.x`, pkg.engines.node), `node:${major}`).toBe(true);
  });
});
