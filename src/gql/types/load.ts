import type { GqlContext } from '../context.ts';
import { notFound } from '../errors.ts';

/** For fields whose target must exist (the graph keeps no dangling ids); a miss is NOT_FOUND, not a crash. */
export async function mustLoad<T>(loader: { load(key: string): Promise<T | null> }, key: string, what: string): Promise<T> {
  const value = await loader.load(key);
  if (value === null) throw notFound(`${what} ${key}`);
  return value;
}

export const loadActor = (ctx: GqlContext, id: string) => mustLoad(ctx.loaders.actors, id, 'Actor');
export const loadSector = (ctx: GqlContext, id: string) => mustLoad(ctx.loaders.sectors, id, 'Sector');
export const loadArticle = (ctx: GqlContext, id: string) => mustLoad(ctx.loaders.articles, id, 'Article');
