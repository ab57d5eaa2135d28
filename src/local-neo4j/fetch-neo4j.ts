import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { libDir, pomFile } from './paths.ts';

/** The pinned version lives in neo4j/pom.xml; this must name the same jar. */
export const NEO4J_VERSION = '5.26.16';

export function jarsPresent(): boolean {
  return existsSync(libDir) && readdirSync(libDir).includes(`neo4j-${NEO4J_VERSION}.jar`);
}

/**
 * Copies Neo4j Community and its runtime dependencies from Maven Central into .neo4j/lib.
 * Maven's own download log is the progress shown on the first fetch; later runs come from ~/.m2.
 */
export async function fetchNeo4j(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<void> {
  if (jarsPresent()) return;
  log(`Fetching Neo4j Community ${NEO4J_VERSION} from Maven Central into ${libDir} (first run only)…`);
  const args = ['-B', '-f', pomFile, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${libDir}`];
  await new Promise<void>((resolve, reject) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let count = 0;
    let tail = '';
    const onData = (buf: Buffer) => {
      const text = buf.toString();
      tail = (tail + text).slice(-4000);
      for (const line of text.split('\n')) {
        if (/Downloaded from|Copying/.test(line)) {
          count += 1;
          if (count % 20 === 0) log(`  … ${count} artifacts`);
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (err) =>
      reject(new Error(`Could not run Maven (\`mvn\`): ${err.message}. Install Maven (apt-get install maven) or set NEO4J_URI to an existing server.`)),
    );
    child.on('exit', (code) => {
      if (code === 0 && jarsPresent()) {
        log(`Neo4j ${NEO4J_VERSION} ready (${count} artifacts).`);
        resolve();
      } else reject(new Error(`Maven could not fetch Neo4j ${NEO4J_VERSION} (exit ${code}):\n${tail}`));
    });
  });
}
