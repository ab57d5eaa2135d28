import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { GqlContext } from './context.ts';

export const builder = new SchemaBuilder<{
  Context: GqlContext;
  DefaultFieldNullability: false;
  Scalars: { ID: { Input: string; Output: string } };
}>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: { description: 'Any actor, sector, pledge or article by its global id (the `id` field of each).' },
    nodesQueryOptions: { description: 'Several nodes by their global ids, in the order asked; null where none exists.' },
    nodeTypeOptions: { description: 'An object with a global id that `node(id)` fetches again.' },
    pageInfoTypeOptions: { description: 'Where this page sits in the whole list. Pass `endCursor` as `after` for the next page.' },
  },
});
