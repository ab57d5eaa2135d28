/** Keyset cursors: the sort key and id of the last row seen, as opaque base64url JSON. */
import { z } from 'zod';
import { badInput } from './errors.ts';

export function encodeCursor(sortKey: string | number, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id]), 'utf8').toString('base64url');
}

const Shape = z.tuple([z.union([z.string(), z.number()]), z.string()]);

/** Decodes a cursor whose sort key has the given type; a cursor from elsewhere is BAD_USER_INPUT. */
export function decodeCursor<K extends 'string' | 'number'>(cursor: string | null | undefined, keyType: K): { key: K extends 'string' ? string : number; id: string } | null {
  if (cursor == null) return null;
  try {
    const [key, id] = Shape.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (typeof key !== keyType) throw new Error('cursor key type');
    return { key: key as K extends 'string' ? string : number, id };
  } catch {
    throw badInput('`after` is not a cursor from this list');
  }
}
