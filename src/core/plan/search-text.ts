/** What the full-text index sees: folded forms (no case, no diacritics, đ → d), distinct, joined by spaces. */
import { foldText } from '../text/fold.ts';
import { memoize } from './memo.ts';

export const foldForm = memoize((s) => foldText(s.normalize('NFC')).replace(/\s+/g, ' ').trim());

/** Distinct folded forms, in order. */
export function searchForms(forms: readonly (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  for (const form of forms) {
    const folded = form ? foldForm(form) : '';
    if (folded) seen.add(folded);
  }
  return [...seen];
}

export function searchText(forms: readonly (string | null | undefined)[]): string {
  return searchForms(forms).join(' ');
}
