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
    idFieldOptions: { description: 'Global id: pass it to `node(id)` to fetch this object again.' },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor.' },
    pageInfoFieldOptions: { description: 'Whether there is more, and the cursor to get it.' },
    cursorFieldOptions: { description: 'Opaque position of this item: pass it as `after` to continue after it.' },
    nodeFieldOptions: { description: 'The item itself.' },
    hasNextPageFieldOptions: { description: 'True when another page follows.' },
    hasPreviousPageFieldOptions: { description: 'True when this page was asked for with `after`.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of this page: pass it as `after` for the next page.' },
    firstArgOptions: { description: 'Page size (default 20, at most the server\'s page size cap).' },
    afterArgOptions: { description: 'A cursor from this list: start after it.' },
    lastArgOptions: { description: 'Not supported: page forwards with `first`/`after`.' },
    beforeArgOptions: { description: 'Not supported: page forwards with `first`/`after`.' },
  },
});
