/**
 * Starts, stops and reports on a real Neo4j Community 5.26 server run from Maven Central jars with
 * the machine's Java 17/21 — for machines without Docker. One folder per instance (dev, test, …).
 */
import { spawn } from 'node:child_process';
import { openSync, readFileSync, existsSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import type { LocalNeo4jConfig } from '../config.ts';
import { fetchNeo4j } from './fetch-neo4j.ts';
import { findJava } from './find-java.ts';
import { instancePaths, libDir, type InstancePaths } from './paths.ts';
import { clearState, isOurNeo4j, readState, writeState } from './process-state.ts';
import { writeConf } from './write-conf.ts';

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** False when an already running server was reused: stopping it is then someone else's job. */
  owned: boolean;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Keep running after this process exits (`npm run neo4j -- start`). Otherwise the server dies with us. */
  detached?: boolean;
  log?: (line: string) => void;
  readyTimeoutMs?: number;
}

const defaultLog = (line: string) => process.stderr.write(`[neo4j] ${line}\n`);

export const boltUri = (port: number) => `bolt://127.0.0.1:${port}`;

/** Readiness: the driver answers `RETURN 1`. */
export async function pingNeo4j(uri: string): Promise<boolean> {
  const driver = neo4j.driver(uri, undefined, { connectionTimeout: 2000, maxConnectionPoolSize: 1, logging: undefined });
  try {
    await driver.executeQuery('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

export function localNeo4jStatus(cfg: LocalNeo4jConfig): { running: boolean; pid: number | null; uri: string; home: string } {
  const paths = instancePaths(cfg.instance);
  const state = readState(paths);
  const running = state !== null && isOurNeo4j(state.pid, paths);
  return { running, pid: running ? state.pid : null, uri: boltUri(state?.port ?? cfg.port), home: paths.home };
}

export async function startLocalNeo4j(cfg: LocalNeo4jConfig, opts: StartOptions = {}): Promise<LocalNeo4j> {
  const log = opts.log ?? defaultLog;
  const paths = instancePaths(cfg.instance);
  const existing = readState(paths);
  if (existing && isOurNeo4j(existing.pid, paths)) {
    const uri = boltUri(existing.port);
    await waitUntilReady(uri, existing.pid, paths, opts.readyTimeoutMs ?? 120_000);
    log(`reusing running instance '${cfg.instance}' (pid ${existing.pid}) at ${uri}`);
    return { uri, pid: existing.pid, owned: false, stop: async () => {} };
  }
  clearState(paths);

  await fetchNeo4j(log);
  const java = findJava();
  writeConf(paths, { port: cfg.port, pageCache: cfg.pageCache });
  const out = openSync(paths.consoleLog, 'a');
  // Heap and --add-opens go on the command line: the conf's JVM settings are read only by Neo4j's own launcher.
  const args = [
    `-Xms${cfg.heap}`, `-Xmx${cfg.heap}`,
    cfg.gc === 'parallel' ? '-XX:+UseParallelGC' : '-XX:+UseG1GC', '-XX:-OmitStackTraceInFastThrow', '-XX:+DisableExplicitGC',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dfile.encoding=UTF-8',
    '-cp', `${libDir}/*`,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${paths.home}`, `--config-dir=${paths.conf}`, '--console-mode',
  ];
  log(`starting instance '${cfg.instance}' on ${boltUri(cfg.port)} with ${java}`);
  const child = spawn(java, args, { stdio: ['ignore', out, out], detached: true });
  if (child.pid === undefined) throw new Error(`Could not start ${java}`);
  const pid = child.pid;
  writeState(paths, { pid, port: cfg.port, startedAt: new Date().toISOString(), detached: Boolean(opts.detached) });

  const stop = () => stopPid(pid, paths);
  if (opts.detached) {
    child.unref();
  } else {
    guardAgainstOrphans(pid);
    child.unref();
  }
  try {
    await waitUntilReady(boltUri(cfg.port), pid, paths, opts.readyTimeoutMs ?? 120_000);
  } catch (err) {
    await stop();
    throw err;
  }
  log(`ready (pid ${pid})`);
  return { uri: boltUri(cfg.port), pid, owned: true, stop };
}

export async function stopLocalNeo4j(cfg: LocalNeo4jConfig): Promise<boolean> {
  const paths = instancePaths(cfg.instance);
  const state = readState(paths);
  if (!state || !isOurNeo4j(state.pid, paths)) {
    clearState(paths);
    return false;
  }
  await stopPid(state.pid, paths);
  return true;
}

async function stopPid(pid: number, paths: InstancePaths, graceMs = 30_000): Promise<void> {
  if (!isOurNeo4j(pid, paths)) {
    clearState(paths);
    return;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && isOurNeo4j(pid, paths)) await sleep(200);
  if (isOurNeo4j(pid, paths)) process.kill(pid, 'SIGKILL');
  while (isOurNeo4j(pid, paths)) await sleep(100);
  clearState(paths);
}

async function waitUntilReady(uri: string, pid: number, paths: InstancePaths, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isOurNeo4j(pid, paths)) {
      throw new Error(`Neo4j exited during start-up. Last lines of ${paths.consoleLog}:\n${tailOf(paths.consoleLog)}`);
    }
    if (await pingNeo4j(uri)) return;
    await sleep(500);
  }
  throw new Error(`Neo4j did not answer on ${uri} within ${timeoutMs} ms. See ${paths.consoleLog}`);
}

/**
 * A tiny watchdog process outlives us and stops the JVM when we die, however we die (even SIGKILL),
 * so an interrupted test run or a crashed API leaves no orphan JVM behind.
 */
function guardAgainstOrphans(javaPid: number): void {
  const script = `
    const [parent, java] = process.argv.slice(1).map(Number);
    const alive = (p) => { try { process.kill(p, 0); return true; } catch { return false; } };
    const t = setInterval(() => {
      if (!alive(java)) { clearInterval(t); return; }
      if (!alive(parent)) {
        clearInterval(t);
        try { process.kill(java, 'SIGTERM'); } catch {}
        setTimeout(() => { try { process.kill(java, 'SIGKILL'); } catch {} }, 30000).unref();
      }
    }, 500);`;
  const dog = spawn(process.execPath, ['-e', script, String(process.pid), String(javaPid)], { stdio: 'ignore', detached: true });
  dog.unref();
  // A normal exit stops it at once rather than waiting for the watchdog's next tick.
  process.once('exit', () => {
    try {
      process.kill(javaPid, 'SIGTERM');
    } catch {
      // already gone
    }
  });
}

function tailOf(file: string, lines = 15): string {
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
