/**
 * The fixed split of a numbered gold folder (docs/annotating.md): an article whose number NN is
 * divisible by 3 is blind, every other one is tuning. Blind articles are scored only in aggregate.
 */
export const PARTS = ['tuning', 'blind'] as const;
export type Part = (typeof PARTS)[number];
export type PartSelection = Part | 'all';

/** `03_slug` → blind, `04_slug` → tuning; a file name without a number is tuning (it is in no split). */
export function partOf(stem: string): Part {
  const number = /^(\d+)_/.exec(stem)?.[1];
  return number !== undefined && Number(number) % 3 === 0 ? 'blind' : 'tuning';
}

export function inSelection(stem: string, selection: PartSelection): boolean {
  return selection === 'all' || partOf(stem) === selection;
}
