/**
 * The owner's name key (score.mjs `fold`): no diacritics, đ→d, lower case, every run of other
 * characters one space. "TP.HCM" → "tp hcm", "Đà Nẵng" → "da nang".
 */
export function foldKey(value: string | null | undefined): string {
  return String(value ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
