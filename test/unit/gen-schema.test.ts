import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimsSchemaFile, claimsSchemaText } from '../../src/cli/gen-schema.ts';

describe('schema/claims.schema.json', () => {
  it('is what the zod schemas generate (run `npm run gen:schema` after changing src/core/claims.ts)', () => {
    expect(readFileSync(claimsSchemaFile, 'utf8')).toBe(claimsSchemaText());
  });

  it('describes an array of articles with the contract fields required', () => {
    const schema = JSON.parse(claimsSchemaText());
    expect(schema.type).toBe('array');
    expect(schema.items.required).toEqual(['article', 'actors', 'sectors', 'pledges', 'relations']);
    expect(schema.items.properties.pledges.items.required).toEqual(expect.arrayContaining(['id', 'by', 'kind', 'amount', 'unit', 'evidence']));
  });
});
