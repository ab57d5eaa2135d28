/** What a result was measured on: machine, load, versions. Recorded with every run. */
import { readFileSync } from 'node:fs';
import os from 'node:os';

function packageVersion(name: string): string | null {
  try {
    const url = new URL(`../../node_modules/${name}/package.json`, import.meta.url);
    return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
}

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGb: number;
  loadAverage: number[];
  platform: string;
  node: string;
  packages: Record<string, string | null>;
}

export function machineInfo(): MachineInfo {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    packages: Object.fromEntries(
      ['neo4j-driver', 'graphql', 'graphql-yoga', 'fastify', '@pothos/core', '@neo4j/graphql', 'autocannon'].map((p) => [p, packageVersion(p)]),
    ),
  };
}

export const loadAverage = () => os.loadavg().map((x) => Number(x.toFixed(2)));

/** Progress to stderr, so stdout stays for data. */
export const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
