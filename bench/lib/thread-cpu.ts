/**
 * CPU seconds of one process, by thread group, from /proc/PID/task/N/{comm,stat} (Linux only). Used to
 * say where a just-started Neo4j spends a cold load: its Bolt workers, the JIT compiler, the GC.
 */
import { readdirSync, readFileSync } from 'node:fs';

export type ThreadGroup = 'bolt' | 'jit' | 'gc' | 'other';

export function threadGroup(name: string): ThreadGroup {
  if (name.startsWith('neo4j.Bolt')) return 'bolt';
  if (/^C\d CompilerThre/.test(name)) return 'jit';
  if (/^(GC Thread|G1 |VM Thread)/.test(name)) return 'gc';
  return 'other';
}

/** utime + stime in clock ticks from a /proc stat line (the fields after the parenthesised name). */
export function ticksOf(statLine: string): number {
  const fields = statLine.slice(statLine.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

export function sumByGroup(threads: readonly { name: string; ticks: number }[], ticksPerSecond = 100): Record<ThreadGroup, number> {
  const out: Record<ThreadGroup, number> = { bolt: 0, jit: 0, gc: 0, other: 0 };
  for (const t of threads) out[threadGroup(t.name)] += t.ticks / ticksPerSecond;
  for (const k of Object.keys(out) as ThreadGroup[]) out[k] = Number(out[k].toFixed(1));
  return out;
}

/** Null when /proc cannot be read (not Linux, or the process has gone). */
export function threadCpu(pid: number): Record<ThreadGroup, number> | null {
  try {
    const dir = `/proc/${pid}/task`;
    const threads = readdirSync(dir).map((t) => ({
      name: readFileSync(`${dir}/${t}/comm`, 'utf8').trim(),
      ticks: ticksOf(readFileSync(`${dir}/${t}/stat`, 'utf8')),
    }));
    return sumByGroup(threads);
  } catch {
    return null;
  }
}
