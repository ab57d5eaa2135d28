import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// A clean `npm ci` must print no EBADENGINE: every locked package accepts the Node versions we declare.
const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[] }>;
};

const declared = pkg.engines.node;
// The lowest Node of each line the range admits (^20.19 || ^22.13 || >=24 → 20.19.0, 22.13.0, 24.0.0).
const lowestPerLine = new semver.Range(declared).set.map((comparators) =>
  semver.minVersion(comparators.map((c) => c.value).join(' '))?.version ?? '');
const nodeRanges = Object.entries(lock.packages)
  .filter(([where]) => where !== '')
  .flatMap(([where, entry]) => {
    const engines = entry.engines;
    return engines && !Array.isArray(engines) && engines.node ? [{ where, range: engines.node }] : [];
  });

describe('supported Node', () => {
  it('declares a range that includes the Node running the tests', () => {
    expect(semver.satisfies(process.version, declared), `${process.version} vs engines ${declared}`).toBe(true);
  });

  it('has no locked dependency that refuses the lowest Node of a declared line or the running one', () => {
    expect(nodeRanges.length).toBeGreaterThan(50);
    const refusing = nodeRanges.filter(
      ({ range }) => [...lowestPerLine, process.version].some((version) => !semver.satisfies(version, range)),
    );
    expect(refusing.map(({ where, range }) => `${where} wants node ${range}`)).toEqual([]);
  });
});
