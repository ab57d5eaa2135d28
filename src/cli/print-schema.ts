/** `npm run print:schema`: writes the GraphQL SDL to schema/schema.graphql (a test compares them). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { helpOnly } from './help-only.ts';

const schemaFile = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));

helpOnly('print:schema', 'Usage: npm run print:schema\n\nWrites the GraphQL schema (SDL) to schema/schema.graphql; a test fails when the file and the code differ.');
// Imported after the help check: building the schema loads every type, which --help does not need.
const { printSchemaSdl } = await import('../gql/schema.ts');
writeFileSync(schemaFile, printSchemaSdl());
console.error(`wrote ${schemaFile}`);
