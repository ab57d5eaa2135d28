import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { printSchemaSdl } from './schema.ts';

const committed = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));

describe('schema/schema.graphql', () => {
  it('matches the schema the code builds (run `npm run print:schema` after changing the API)', () => {
    expect(printSchemaSdl()).toBe(readFileSync(committed, 'utf8'));
  });

  it('has the root fields the design names, and a description on every type and field', () => {
    const sdl = printSchemaSdl();
    for (const field of ['search(', 'actor(', 'actors(', 'sector(', 'sectors:', 'article(', 'articles(', 'node(', 'pledges(', 'pledgeTotals(', 'paths(', 'network(', 'ingestArticle(', 'deleteArticle(']) {
      expect(sdl, field).toContain(`  ${field}`);
    }
    // Every field or type line is preceded by a description ("""…""" or "…").
    const lines = sdl.split('\n');
    const undocumented = lines.flatMap((line, i) => {
      const isDecl = /^(type|input|enum|union|interface) /.test(line) || /^ {2}[a-zA-Z_]+[(:]/.test(line);
      const prev = lines[i - 1]?.trim() ?? '';
      return isDecl && !prev.endsWith('"') ? [line.trim()] : [];
    });
    expect(undocumented).toEqual([]);
  });
});
