import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('the local Neo4j settings', () => {
  it('default to G1, take Parallel, and refuse any other collector by name', () => {
    expect(loadConfig({}).localNeo4j).toEqual({ instance: 'dev', port: 7688, heap: '1g', pageCache: '512m', gc: 'g1' });
    expect(loadConfig({ LOCAL_NEO4J_GC: 'parallel' }).localNeo4j.gc).toBe('parallel');
    expect(() => loadConfig({ LOCAL_NEO4J_GC: 'zgc' })).toThrow(/LOCAL_NEO4J_GC/);
  });
});
