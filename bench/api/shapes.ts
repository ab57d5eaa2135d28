/**
 * The query shapes, each asked the same question of three servers: our API, the @neo4j/graphql
 * baseline (its generated API, plus @cypher where it has no other way) and the raw-Cypher floor.
 * The subjects (busy actor, sector, path ends) are picked from the loaded graph by `pickSubjects`.
 */
import type { Driver } from 'neo4j-driver';
import type { Target } from './servers.ts';

export interface Subjects {
  busyActor: string;
  sector: string;
  pathFrom: string;
  pathTo: string;
  pathLength: number | null;
  searchText: string;
}

export interface Request {
  /** Appended to the server's URL. */
  path: string;
  body: string;
}

export interface Shape {
  name: string;
  question: string;
  requests: Record<Target, Request>;
}

const gql = (query: string, variables: Record<string, unknown>): Request => ({ path: '', body: JSON.stringify({ query, variables }) });
const floor = (name: string, params: Record<string, unknown>): Request => ({ path: `/${name}`, body: JSON.stringify(params) });

const REL_FIELDS = ['partnersWith', 'meets', 'investsIn', 'investedInBy', 'trains', 'trainedBy', 'visits', 'visitedBy', 'holdsRoleAt', 'roleHolders', 'partOf', 'locatedIn', 'operates'];

const inSector = '{ sectors: { some: { OR: [{ id: { eq: $sector } }, { subsectorOf: { some: { id: { eq: $sector } } } }] } } }';

export function buildShapes(s: Subjects): Shape[] {
  return [
    {
      name: 'partners',
      question: `partners of a busy actor (${s.busyActor}), 20 most linked, each relation with up to 3 pieces of evidence (the baseline: 200 in all) and their articles`,
      requests: {
        ours: gql(`query Partners($id: ID!) { actor(id: $id) { id name partners(first: 20) { edges { weight node { id name kind }
          relations { type direction dates evidence(first: 3) { quote start end article { id title } } } } } } }`, { id: s.busyActor }),
        baseline: gql(`query Partners($id: ID!) { actors(where: { id: { eq: $id } }) { id name
          ${REL_FIELDS.map((f) => `${f}Connection(first: 20) { edges { properties { key dates } node { id name kind } } }`).join('\n')}
          relationEvidence(limit: 200) { factKey quote start end article { id title } } } }`, { id: s.busyActor }),
        floor: floor('partners', { id: s.busyActor, first: 20 }),
      },
    },
    {
      name: 'pledges-by-sector',
      question: `pledges in a sector (${s.sector}, with sub-sectors), largest 20, with count and USD total`,
      requests: {
        ours: gql(`query Pledges($sector: String!) { pledges(filter: { sector: $sector }, first: 20) { totalCount totalUsd
          edges { node { id kind amountText amountUsd status by { id name } to { id name } } } } }`, { sector: s.sector }),
        baseline: gql(`query Pledges($sector: ID!) { pledgesConnection(where: ${inSector}, first: 20, sort: [{ amountUsd: DESC }]) {
          aggregate { count { nodes } node { amountUsd { sum } } }
          edges { node { id kind amountText amountUsd status by { id name } to { id name } } } } }`, { sector: s.sector }),
        floor: floor('pledges-by-sector', { sector: s.sector, first: 20 }),
      },
    },
    {
      name: 'paths',
      question: `shortest paths (≤ 4 hops) between ${s.pathFrom} and ${s.pathTo}`,
      requests: {
        ours: gql(`query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 10) { actors { id name } hops { relation { type } } } }`,
          { from: s.pathFrom, to: s.pathTo }),
        baseline: gql(`query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, limit: 10) { nodes hops { type from to } } }`, { from: s.pathFrom, to: s.pathTo }),
        floor: floor('paths', { from: s.pathFrom, to: s.pathTo, first: 10 }),
      },
    },
    {
      name: 'search',
      question: `search by folded name ("${s.searchText}"), 10 hits`,
      requests: {
        ours: gql(`query Search($text: String!) { search(text: $text, first: 10) { score node { __typename ... on Actor { id name kind } ... on Sector { id name } } } }`, { text: s.searchText }),
        baseline: gql(`query Search($text: String!) { searchActors(query: $text, limit: 10) { id name kind } }`, { text: s.searchText }),
        floor: floor('search', { query: s.searchText, first: 10 }),
      },
    },
    {
      name: 'network',
      question: `network of one sector (${s.sector}): up to 100 edges`,
      requests: {
        ours: gql(`query Network($sector: String!) { network(filter: { sector: $sector, limit: 100 }) { nodes { id degree actor { name kind } } edges { type source target weight } } }`, { sector: s.sector }),
        baseline: gql(`query Network($sector: ID!) { actors(where: { focusesOn: { some: { OR: [{ id: { eq: $sector } }, { subsectorOf: { some: { id: { eq: $sector } } } }] } } }, limit: 100) {
          id name kind ${['partnersWith', 'meets', 'investsIn', 'visits', 'trains'].map((f) => `${f}(limit: 10) { id }`).join(' ')} } }`, { sector: s.sector }),
        floor: floor('network', { sector: s.sector, first: 100 }),
      },
    },
  ];
}

const num = (v: unknown) => (typeof v === 'object' && v !== null && 'toNumber' in v ? (v as { toNumber(): number }).toNumber() : Number(v));

/** Busiest company, busiest sector by pledges, a path between the busy company and the busiest university. */
export async function pickSubjects(driver: Driver): Promise<Subjects> {
  const one = async (q: string, params: Record<string, unknown> = {}) => (await driver.executeQuery(q, params, { routing: 'READ' })).records[0];
  const busy = await one('MATCH (a:Company)-[r]-(:Actor) RETURN a.id AS id, count(r) AS c ORDER BY c DESC, id LIMIT 1');
  const sector = await one('MATCH (s:Sector)<-[:IN_SECTOR]-(p:Pledge) RETURN s.id AS id, count(p) AS c ORDER BY c DESC, id LIMIT 1');
  const busyActor = (busy?.get('id') as string | undefined) ?? 'samsung';
  // A far end that is not the busy actor's neighbour: the busiest university not directly linked, else
  // (at 10k every university is) the busiest person whose organisation is not directly linked either.
  const far = (await one(`MATCH (u:University)-[r]-(:Actor) WHERE NOT EXISTS { MATCH (u)--(:Actor {id: $busy}) }
                          RETURN u.id AS id, count(r) AS c ORDER BY c DESC, id LIMIT 1`, { busy: busyActor }))
    ?? (await one(`MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Actor)
                   WHERE NOT EXISTS { MATCH (p)--(:Actor {id: $busy}) } AND NOT EXISTS { MATCH (o)--(:Actor {id: $busy}) }
                   RETURN p.id AS id, count(r) AS c ORDER BY c DESC, id LIMIT 1`, { busy: busyActor }));
  const pathTo = (far?.get('id') as string | undefined) ?? 'vietnam';
  const len = await one(`MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
    OPTIONAL MATCH p = shortestPath((a)-[:INVESTS_IN|TRAINS|VISITS|MEETS|PARTNERS_WITH|HOLDS_ROLE|SUBSIDIARY_OF|PART_OF|LOCATED_IN|OPERATES*..4]-(b))
    RETURN length(p) AS len`, { from: busyActor, to: pathTo });
  const l = len?.get('len');
  return {
    busyActor,
    sector: (sector?.get('id') as string | undefined) ?? 'semiconductors',
    pathFrom: busyActor,
    pathTo,
    pathLength: l === null || l === undefined ? null : num(l),
    searchText: 'hoa lac',
  };
}
