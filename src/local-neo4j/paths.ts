import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Repository root, from this file's location (never the cwd). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const neo4jRoot = path.join(repoRoot, '.neo4j');
export const libDir = path.join(neo4jRoot, 'lib');
export const pomFile = path.join(repoRoot, 'neo4j', 'pom.xml');

export interface InstancePaths {
  home: string;
  conf: string;
  data: string;
  logs: string;
  pidFile: string;
  stateFile: string;
  consoleLog: string;
}

export function instancePaths(instance: string): InstancePaths {
  const home = path.join(neo4jRoot, 'instances', instance);
  return {
    home,
    conf: path.join(home, 'conf'),
    data: path.join(home, 'data'),
    logs: path.join(home, 'logs'),
    pidFile: path.join(home, 'run', 'neo4j.pid'),
    stateFile: path.join(home, 'run', 'state.json'),
    consoleLog: path.join(home, 'logs', 'console.log'),
  };
}
