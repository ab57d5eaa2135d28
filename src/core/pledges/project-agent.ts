/**
 * The investor a passive names: "Dự án … do Tập đoàn X đầu tư", "vốn ODA … do Chính phủ Y viện trợ",
 * "nhà máy do công ty Z làm chủ đầu tư". Vietnamese news states whose money a project is this way far
 * more often than with an active subject, so the agent is the pledger of the sentence's amounts and
 * the subject the next sentences carry.
 */
import type { ActorSpan } from '../actors/types.ts';
import type { SentenceView } from '../relations/clause-view.ts';
import { isPark } from '../relations/structure-rules.ts';

/** "do" and an optional head noun right before the name: the name is the agent. */
const AGENT_BEFORE = /(?:^|\s)do\s+(?:(?:tập đoàn|công ty|hãng|doanh nghiệp|nhà đầu tư|quỹ|ngân hàng|chính phủ)(?:\s+(?:tnhh|cổ phần))?\s+)?$/u;
/** The verb after the name, allowing the rest of a long legal name ("… Technology Co., Ltd đầu tư") and a ticker in brackets ("(HoSE: KBC)"). */
const AGENT_VERB = /^(?:[^.;:!?()]|\.(?=,)){0,40}?(?:\s*\([^()]{1,30}\))?\s(?:làm chủ đầu tư|đầu tư|rót vốn|góp vốn|cấp vốn|viện trợ|tài trợ)(?![\p{L}])/u;
/** "KCN X do Y làm chủ đầu tư" names the park's developer, not the investor of a project inside it. */
const PARK_BEFORE = /(?:kcn|kcx|khu công nghiệp|khu chế xuất|khu kinh tế|khu công nghệ cao)\s+$/u;

/** A park by its kind or name (`isPark`), or one the text names by a park word before the gazetteer's name ("KCN VSIP"). */
function parkMention(view: SentenceView, m: ActorSpan): boolean {
  return isPark(m.actor) || PARK_BEFORE.test(view.lowered.slice(Math.max(0, m.start - 20), m.start));
}

export interface Agent {
  mention: ActorSpan;
  /** The park named right before "do", which the agent develops: not the investor of a project inside. */
  park: ActorSpan | null;
}

/** Every "do X <investment verb>" agent in `range`, each marked when it develops the park named before "do". */
export function passiveAgents(view: SentenceView, range: { start: number; end: number } = view.sentence): Agent[] {
  const { lowered, mentions } = view;
  const out: Agent[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start < range.start || m.end > range.end) continue;
    if (m.actor.kind === 'place' || m.actor.kind === 'person') continue;
    const head = lowered.slice(Math.max(range.start, m.start - 40), m.start);
    const agent = AGENT_BEFORE.exec(head);
    if (!agent || !AGENT_VERB.test(lowered.slice(m.end, range.end))) continue;
    const doAt = m.start - head.length + agent.index;
    const owner = mentions.slice(0, i).reverse().find((o) => o.end <= doAt);
    out.push({ mention: m, park: owner !== undefined && doAt - owner.end < 4 && parkMention(view, owner) ? owner : null });
  }
  return out;
}

/** The agent of "do X <investment verb>" in `range` of the sentence, unless it develops a park. */
export function projectAgent(view: SentenceView, range: { start: number; end: number } = view.sentence): ActorSpan | undefined {
  return passiveAgents(view, range).find((a) => a.park === null)?.mention;
}
