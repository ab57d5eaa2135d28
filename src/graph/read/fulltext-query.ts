/**
 * Turns what a person typed into a safe Lucene query over the folded `searchText`: folded the same way
 * the loader folds names (case, diacritics, tone-mark placement), cut into plain word terms, every
 * Lucene special character escaped, every term required and the last one a prefix ("hoa la" finds
 * "Hòa Lạc"). Returns null when nothing searchable is left.
 */
import { foldText } from '../../core/text/fold.ts';
import { unifyToneMarks } from '../../core/text/normalize.ts';

const MAX_TERMS = 12;
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

export function buildFulltextQuery(text: string): string | null {
  const folded = foldText(unifyToneMarks(text.normalize('NFC')));
  const terms = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  return terms.map((t, i) => `+${escapeLucene(t)}${i === terms.length - 1 ? '*' : ''}`).join(' ');
}
