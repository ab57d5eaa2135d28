import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../src/graph/migrate.ts';
import { createTestDriver } from '../support/neo4j.ts';

const driver = createTestDriver();
afterAll(() => driver.close());

async function schemaSnapshot() {
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties RETURN name ORDER BY name');
  const indexes = await driver.executeQuery('SHOW INDEXES YIELD name, type RETURN name, type ORDER BY name');
  return {
    constraints: constraints.records.map((r) => r.get('name') as string),
    indexes: indexes.records.map((r) => `${r.get('name')}:${r.get('type')}`),
  };
}

describe('schema migrations', () => {
  it('apply twice without error and leave the same constraints and indexes', async () => {
    await applyMigrations(driver);
    const once = await schemaSnapshot();
    await applyMigrations(driver);
    expect(await schemaSnapshot()).toEqual(once);
    expect(once.constraints).toEqual(expect.arrayContaining(['actor_id', 'sector_id', 'pledge_id', 'article_id']));
    expect(once.constraints).not.toContain('evidence_id'); // retired: Evidence is created under its Article's lock, never MERGEd
    expect(once.indexes).toContain('name_search:FULLTEXT');
  });

  it('enforces uniqueness of actor ids', async () => {
    await driver.executeQuery("MERGE (:Actor {id: 'dup-probe'})");
    await expect(driver.executeQuery("CREATE (:Actor {id: 'dup-probe'})")).rejects.toThrow(/already exists/);
    await driver.executeQuery("MATCH (a:Actor {id: 'dup-probe'}) DELETE a");
  });
});
