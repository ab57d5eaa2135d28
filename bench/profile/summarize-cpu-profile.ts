/**
 * `npx tsx bench/profile/summarize-cpu-profile.ts FILE.cpuprofile [--top 40]`: self and inclusive
 * time per function (name, file:line) and self time per line of a V8 CPU profile, largest first, as a share of all samples.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  hitCount?: number;
  positionTicks?: Array<{ line: number; ticks: number }>;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '40' } } });
const profile = JSON.parse(readFileSync(positionals[0]!, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/work\/main\//, '')}:${n.callFrame.lineNumber + 1}`;
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const s of profile.samples) {
  const n = byId.get(s)!;
  self.set(label(n), (self.get(label(n)) ?? 0) + 1);
  const seen = new Set<string>();
  for (let id: number | undefined = s; id !== undefined; id = parent.get(id)) {
    const l = label(byId.get(id)!);
    if (seen.has(l)) continue;
    seen.add(l);
    inclusive.set(l, (inclusive.get(l) ?? 0) + 1);
  }
}
const total = profile.samples.length;
const show = (title: string, m: Map<string, number>) => {
  process.stdout.write(`${title}\n`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) process.stdout.write(`${((100 * v) / total).toFixed(1).padStart(6)} %  ${k}\n`);
};
show('self', self);
show('inclusive', inclusive);
// Self time by source line (the profile's position ticks), to look inside a function that is hot.
const lines = new Map<string, number>();
for (const n of profile.nodes) {
  for (const t of n.positionTicks ?? []) {
    const k = `${n.callFrame.url.replace(/^.*\/work\/main\//, '')}:${t.line} (${n.callFrame.functionName || '(anonymous)'})`;
    lines.set(k, (lines.get(k) ?? 0) + t.ticks);
  }
}
show('self by line', lines);
