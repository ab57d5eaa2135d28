import { decodeGlobalID } from '@pothos/plugin-relay';

// Global ids are padded base64: most plain keys ("samsung-electronics", "nvidia") cannot be one, and
// skipping the decode for them spares a thrown error (and its stack trace) on every lookup by key.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})+(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Root lookups accept either the plain key ("samsung-electronics") or the global id of the right
 * type, so both what people type and what `id` fields return work.
 */
export function keyFromId(input: string, typename: string): string {
  if (!BASE64.test(input)) return input;
  try {
    const decoded = decodeGlobalID(input);
    if (decoded.typename === typename && decoded.id) return decoded.id;
  } catch {
    // base64 but not a global id: a plain key
  }
  return input;
}
