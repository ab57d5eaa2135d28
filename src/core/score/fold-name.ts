/**
 * The scorer's own name key, independent of the extractor's: lower-case, no diacritics, đ→d, and
 * no punctuation or spaces at all, so "TP.HCM", "TPHCM" and "tp hcm" share one key, as do
 * "Việt-Mỹ" and "Việt - Mỹ". Dropping spaces costs nothing on names of this length.
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
