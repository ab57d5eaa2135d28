import type { Driver } from 'neo4j-driver';
import { allCypher } from './cypher-files.ts';

/**
 * Applies cypher/schema/*.cypher in name order. Every statement is `IF NOT EXISTS`, so this is
 * idempotent and runs on every start-up and test setup. Schema files are the one place where a file
 * holds several statements (split on `;` at line end): one file per concern reads better than 30 files.
 */
export async function applyMigrations(driver: Driver, database?: string): Promise<number> {
  const files = [...allCypher().entries()].filter(([name]) => name.startsWith('schema/')).sort(([a], [b]) => a.localeCompare(b));
  let applied = 0;
  for (const [, text] of files) {
    for (const statement of text.split(/;\s*$/m).map((s) => s.trim()).filter(Boolean)) {
      await driver.executeQuery(statement, {}, { database });
      applied += 1;
    }
  }
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
  return applied;
}
