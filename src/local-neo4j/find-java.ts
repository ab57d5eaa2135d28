import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Neo4j 5.26 runs on Java 17 and 21 only. */
const SUPPORTED = [17, 21];

function parseMajor(versionText: string): number | null {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionText);
  if (!m) return null;
  const first = Number(m[1]);
  return first === 1 ? Number(m[2]) : first;
}

function runJava(javaBin: string): string {
  // `java -version` prints to stderr; capture both.
  return execFileSync('sh', ['-c', `"${javaBin}" -version 2>&1`], { encoding: 'utf8' });
}

/**
 * Finds a Java 17 or 21: JAVA_HOME first, then the machine's JVMs under /usr/lib/jvm, then PATH.
 * Throws an error that says what to install when there is none.
 */
export function findJava(env: NodeJS.ProcessEnv = process.env): string {
  const candidates: string[] = [];
  if (env.JAVA_HOME) candidates.push(path.join(env.JAVA_HOME, 'bin', 'java'));
  const jvmDir = '/usr/lib/jvm';
  if (existsSync(jvmDir)) {
    const dirs = readdirSync(jvmDir).sort();
    // Prefer 17, then 21, over whatever else is installed.
    for (const v of SUPPORTED) {
      for (const d of dirs) if (d.includes(`-${v}-`) || d.endsWith(`-${v}`)) candidates.push(path.join(jvmDir, d, 'bin', 'java'));
    }
  }
  candidates.push('java');
  const seen: string[] = [];
  for (const bin of candidates) {
    if (bin !== 'java' && !existsSync(bin)) continue;
    let major: number | null = null;
    try {
      major = parseMajor(runJava(bin));
    } catch {
      // not runnable: reported below
    }
    if (major !== null && SUPPORTED.includes(major)) return bin;
    seen.push(`${bin} (${major ?? 'unusable'})`);
  }
  throw new Error(
    `No Java 17 or 21 found for Neo4j 5.26 (looked at: ${seen.join(', ') || 'nothing'}). ` +
      'Install one, e.g. `apt-get install openjdk-17-jre-headless`, or set JAVA_HOME to it.',
  );
}
