import { z } from 'zod';
import { optStr, strList } from './rows.ts';

/** A relationship as read queries return it: the fact key links it to its evidence. */
export const RelationRow = z.object({
  type: z.string(),
  key: z.string(),
  from: z.string(),
  to: z.string(),
  role: optStr,
  dates: strList,
  firstDate: optStr,
  lastDate: optStr,
});
export type RelationRow = z.infer<typeof RelationRow>;
