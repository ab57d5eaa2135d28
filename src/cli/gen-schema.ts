/**
 * `npm run gen:schema` — writes `schema/claims.schema.json`, the JSON Schema of what
 * `npm run extract` prints, generated from the zod schemas in `src/core/claims.ts`.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ExtractOutput } from '../core/claims.ts';
import { helpOnly } from './help-only.ts';

export const claimsSchemaFile = fileURLToPath(new URL('../../schema/claims.schema.json', import.meta.url));

/** The schema file's exact content: output-side JSON Schema (defaults applied, so required). */
export function claimsSchemaText(): string {
  const schema = z.toJSONSchema(ExtractOutput, { io: 'output', target: 'draft-2020-12' });
  const document = {
    ...schema,
    title: 'Extraction output',
    description: 'What `npm run extract` prints: one element per article. Generated from src/core/claims.ts by `npm run gen:schema`; do not edit.',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  helpOnly('gen:schema', 'Usage: npm run gen:schema\n\nWrites schema/claims.schema.json, the JSON Schema of what `npm run extract` prints, from src/core/claims.ts.');
  await writeFile(claimsSchemaFile, claimsSchemaText(), 'utf8');
  process.stderr.write(`wrote ${claimsSchemaFile}\n`);
}
