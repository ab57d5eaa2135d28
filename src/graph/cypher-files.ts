/**
 * Cypher lives in cypher/**.cypher, one statement per file, named by its path (`read/partners`).
 * Read once at start-up; asking for a name that has no file is a start-up error, not a runtime one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const cypherDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher');

let cache: Map<string, string> | null = null;

function loadAll(dir: string): Map<string, string> {
  const map = new Map<string, string>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.cypher')) map.set(rel.replace(/\.cypher$/, ''), readFileSync(path.join(dir, rel), 'utf8').trim());
    }
  };
  walk('');
  return map;
}

export function allCypher(): ReadonlyMap<string, string> {
  cache ??= loadAll(cypherDir);
  return cache;
}

/** The statement stored in cypher/<name>.cypher. Throws when the file is missing. */
export function cypher(name: string): string {
  const text = allCypher().get(name);
  if (text === undefined) throw new Error(`Missing Cypher file: cypher/${name}.cypher`);
  return text;
}

/** Resolves a fixed set of names eagerly, so a missing file stops start-up. */
export function cypherSet<const N extends string>(names: readonly N[]): Readonly<Record<N, string>> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, cypher(n)])) as Record<N, string>);
}
