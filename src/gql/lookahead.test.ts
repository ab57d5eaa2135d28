import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedIntArguments, selects } from './lookahead.ts';

/** The resolve info of the first field under `actor` (here: `partners`) in `query`. */
function infoFor(query: string) {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const actor = op.selectionSet.selections[0] as FieldNode;
  const fieldNodes = actor.selectionSet!.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'partners');
  const fragments = Object.fromEntries(doc.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return { fieldNodes, fragments };
}

const PATH = ['edges', 'relations', 'evidence'];

describe('selects', () => {
  it('finds a nested field written out', () => {
    const info = infoFor('{ actor(id: "a") { partners { edges { relations { type evidence { quote } } } } } }');
    expect(selects(info, PATH)).toBe(true);
    expect(selects(info, [...PATH, 'quote'])).toBe(true);
    expect(selects(info, [...PATH, 'article'])).toBe(false);
    expect(selects(info, ['edges', 'node'])).toBe(false);
  });

  it('says no when the field is not asked for', () => {
    expect(selects(infoFor('{ actor(id: "a") { partners { edges { relations { type } node { name } } } } }'), PATH)).toBe(false);
    expect(selects(infoFor('{ actor(id: "a") { partners { pageInfo { hasNextPage } } } }'), PATH)).toBe(false);
  });

  it('looks through aliases, inline fragments, named fragments and repeated fields', () => {
    expect(selects(infoFor('{ actor(id: "a") { partners { e: edges { ... on PartnerEdge { relations { ev: evidence { quote } } } } } } }'), PATH)).toBe(true);
    expect(selects(infoFor(`{ actor(id: "a") { partners { edges { ...R } } } }
      fragment R on PartnerEdge { relations { ...E } }
      fragment E on Relation { evidence { article { title } } }`), [...PATH, 'article'])).toBe(true);
    expect(selects(infoFor('{ actor(id: "a") { partners { edges { weight } } partners { edges { relations { evidence { quote } } } } } }'), PATH)).toBe(true);
  });

  it('does not loop on a fragment that spreads itself', () => {
    const info = infoFor(`{ actor(id: "a") { partners { edges { ...Loop } } } }
      fragment Loop on PartnerEdge { weight ...Loop }`);
    expect(selects(info, PATH)).toBe(false);
  });
});

describe('selectedIntArguments', () => {
  const withVars = (query: string, variableValues: Record<string, unknown> = {}) => ({ ...infoFor(query), variableValues });

  it('reads an argument written out, through a variable, or left out, once per occurrence', () => {
    const q = `query($n: Int) { actor(id: "a") { partners { edges { relations { a: evidence(first: 3) { quote } b: evidence(first: $n) { quote } evidence { quote } } } } } }`;
    expect(selectedIntArguments(withVars(q, { n: 7 }), PATH, 'first')).toEqual([3, 7, undefined]);
    expect(selectedIntArguments(withVars(q), PATH, 'first')).toEqual([3, undefined, undefined]);
  });

  it('finds nothing when the field is not asked for', () => {
    expect(selectedIntArguments(withVars('{ actor(id: "a") { partners { edges { weight } } } }'), PATH, 'first')).toEqual([]);
  });
});
