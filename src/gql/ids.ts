import { decodeGlobalID } from '@pothos/plugin-relay';

/**
 * Root lookups accept either the plain key ("samsung-electronics") or the global id of the right
 * type, so both what people type and what `id` fields return work.
 */
export function keyFromId(input: string, typename: string): string {
  try {
    const decoded = decodeGlobalID(input);
    if (decoded.typename === typename && decoded.id) return decoded.id;
  } catch {
    // not a global id: a plain key
  }
  return input;
}
