import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, encoding: 'utf8' });

describe.each(['src/cli/print-schema.ts', 'src/cli/gen-schema.ts'])('%s', (script) => {
  it('prints its usage for --help and writes nothing', () => {
    const before = execFileSync('git', ['status', '--porcelain', 'schema'], { cwd: root, encoding: 'utf8' });
    const r = run(script, ['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run (print|gen):schema/);
    expect(r.stderr).not.toMatch(/wrote/);
    expect(execFileSync('git', ['status', '--porcelain', 'schema'], { cwd: root, encoding: 'utf8' })).toBe(before);
  });

  it('refuses an unknown option with exit code 2', () => {
    const r = run(script, ['--bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Unknown option '--bogus'[\s\S]*Try --help/);
  });
});
