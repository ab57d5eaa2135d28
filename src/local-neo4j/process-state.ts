import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { InstancePaths } from './paths.ts';

const State = z.object({ pid: z.number().int(), port: z.number().int(), startedAt: z.string(), detached: z.boolean() });
export type ServerState = z.infer<typeof State>;

export function readState(paths: InstancePaths): ServerState | null {
  if (!existsSync(paths.stateFile)) return null;
  const parsed = State.safeParse(JSON.parse(readFileSync(paths.stateFile, 'utf8')));
  return parsed.success ? parsed.data : null;
}

export function writeState(paths: InstancePaths, state: ServerState): void {
  mkdirSync(path.dirname(paths.stateFile), { recursive: true });
  writeFileSync(paths.stateFile, JSON.stringify(state));
}

export function clearState(paths: InstancePaths): void {
  rmSync(paths.stateFile, { force: true });
}

/** True when `pid` is alive and is the Neo4j JVM of this instance (guards against pid reuse). */
export function isOurNeo4j(pid: number, paths: InstancePaths): boolean {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('CommunityEntryPoint') && cmdline.includes(paths.home);
  } catch {
    return false;
  }
}
