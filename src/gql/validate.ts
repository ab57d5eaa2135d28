import type { z } from 'zod';
import { badInput } from './errors.ts';

/** Parses GraphQL input with zod; any issue becomes BAD_USER_INPUT listing each field. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  throw badInput(`Invalid input: ${issues.map((i) => `${i.path || 'input'}: ${i.message}`).join('; ')}`, { issues });
}
