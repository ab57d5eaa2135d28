/** `npm run print:schema`: writes the GraphQL SDL to schema/schema.graphql (a test compares them). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchemaSdl } from '../gql/schema.ts';

const schemaFile = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));

writeFileSync(schemaFile, printSchemaSdl());
console.error(`wrote ${schemaFile}`);
