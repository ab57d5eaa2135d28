/**
 * The servers under test run as child processes (the load generator stays in the parent): each
 * prints one JSON line `{"url": …}` on stdout when it listens on 127.0.0.1.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { log } from '../lib/machine.ts';

export type Target = 'ours' | 'baseline' | 'floor';

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

export async function startServer(target: Target, neo4jUri: string, timeoutMs = 120_000): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', SCRIPTS[target], '--neo4j', neo4jUri], {
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
  log(`${target} server at ${url} (pid ${child.pid})`);
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
