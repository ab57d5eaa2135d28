/**
 * The servers under test run as child processes (the load generator stays in the parent): each
 * prints one JSON line `{"url": …}` on stdout when it listens on 127.0.0.1.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { log } from '../lib/machine.ts';

export type Target = 'ours' | 'baseline' | 'floor';
/** How our API runs: `built` is `npm start`'s `node dist/cli/serve.js`; `tsx` runs src/ through tsx. */
export type Runtime = 'built' | 'tsx';

export interface RunningServer {
  target: Target;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const SCRIPTS: Record<Target, string> = {
  ours: fileURLToPath(new URL('./serve-ours.ts', import.meta.url)),
  baseline: fileURLToPath(new URL('../baseline/server.ts', import.meta.url)),
  floor: fileURLToPath(new URL('./floor-server.ts', import.meta.url)),
};

const root = fileURLToPath(new URL('../../', import.meta.url));

const freePort = () => new Promise<number>((resolve, reject) => {
  const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});

/** Our API exactly as production starts it (dist/, no tsx loader): it says it is up by answering /health. */
async function spawnBuiltOurs(neo4jUri: string): Promise<{ child: ChildProcess; url: string }> {
  execFileSync(process.execPath, ['scripts/build-if-stale.mjs'], { cwd: root, stdio: 'inherit' });
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/cli/serve.js'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEO4J_URI: neo4jUri, LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port) },
  });
  return { child, url: `http://127.0.0.1:${port}/graphql` };
}

async function untilHealthy(url: string, child: ChildProcess): Promise<void> {
  const health = url.replace(/\/graphql$/, '/health');
  while (child.exitCode === null) {
    if (await fetch(health).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function startServer(target: Target, neo4jUri: string, opts: { runtime?: Runtime; timeoutMs?: number } = {}): Promise<RunningServer> {
  const { runtime = 'built', timeoutMs = 120_000 } = opts;
  const built = target === 'ours' && runtime === 'built' ? await spawnBuiltOurs(neo4jUri) : null;
  const child: ChildProcess = built?.child ?? spawn(process.execPath, ['--import', 'tsx', SCRIPTS[target], '--neo4j', neo4jUri], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEO4J_URI: neo4jUri, LOG_LEVEL: 'warn' },
  });
  // Never leave a server behind: stop it when we exit, however the exit comes (see onSignalExit).
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  const stderr: string[] = [];
  child.stderr!.on('data', (d: Buffer) => {
    stderr.push(d.toString());
    if (stderr.length > 50) stderr.shift();
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${target} server did not start in ${timeoutMs} ms:\n${stderr.join('')}`)), timeoutMs);
    if (built) {
      void untilHealthy(built.url, child).then(() => {
        clearTimeout(timer);
        if (child.exitCode === null) resolve(built.url);
      });
    }
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      try {
        const { url: u } = JSON.parse(line) as { url: string };
        clearTimeout(timer);
        resolve(u);
      } catch {
        // not our line
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${target} server exited with ${code}:\n${stderr.join('')}`));
    });
  });
  log(`${target} server at ${url} (pid ${child.pid}${target === 'ours' ? `, ${runtime}` : ''})`);
  return {
    target,
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Makes SIGINT/SIGTERM exit through process.exit, so 'exit' handlers (stopping child servers) run. */
export function onSignalExit(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
}
