/**
 * Sentences of an English text: the shared splitter (lines, terminators, quotations), with breaks
 * after abbreviations that English news uses before a capital or a number put back ("Sept. 5",
 * "Gen. Secretary", "No. 1").
 */
import { splitSentences, type Span } from '../../text/segment.ts';

const ABBREVIATED = /(?:^|[^\p{L}])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Gen|Sen|Rep|Gov|Prof|Lt|Col|Capt|Adm|Pres|Mt|Ft|Est|Approx|Vol|Fig|Dept|Assoc|Univ|Bros|Messrs)\.$/u;

export function splitEnglishSentences(text: string, ranges: ReadonlyArray<{ start: number; end: number }>): Span[] {
  const out: Span[] = [];
  for (const s of splitSentences(text, ranges)) {
    const prev = out[out.length - 1];
    if (prev && ABBREVIATED.test(prev.text) && !text.slice(prev.end, s.start).includes('\n')) {
      out[out.length - 1] = { start: prev.start, end: s.end, text: text.slice(prev.start, s.end) };
      continue;
    }
    out.push(s);
  }
  return out;
}
