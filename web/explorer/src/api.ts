/** The GraphQL API at /graphql: the page's only data source. `token`: an API token, for mutations. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, token: string | null = null): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new Error(`The API answered ${res.status} without data`);
  return body.data;
}

export interface NetNode { id: string; degree: number; actor: { name: string; kind: string } | null }
export interface NetEdge { id: string; type: string; source: string; target: string; weight: number; firstDate: string | null; lastDate: string | null; amountUsd: number | null }

export const NETWORK = `query Network($filter: NetworkFilter) {
  network(filter: $filter) {
    nodes { id degree actor { name kind } }
    edges { id type source target weight firstDate lastDate amountUsd }
  }
}`;

export const CHOICES = `query Choices {
  sectors { key name nameVi }
  actors(filter: { kinds: [COUNTRY] }, first: 50) { edges { node { key name } } }
}`;

export interface SearchHit { kind: string; name: string; node: { key?: string; name?: string; kind?: string } }
export const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 10, kinds: [COMPANY, COUNTRY, FACILITY, GOVERNMENT, ORGANIZATION, PERSON, PLACE, UNIVERSITY]) {
    kind name node { ... on Actor { key name kind } }
  }
}`;

export interface Ref { key: string; name: string }
export interface ArticleRef { key: string; title: string; url: string | null; published: string | null; outlet: string | null }
export interface EvidenceItem { quote: string; article: ArticleRef }
export interface DecisionRef { key: string; kind: string; editor: string; reason: string | null; at: string }
export interface RelationItem { key: string; status: string; decision: DecisionRef | null; type: string; direction: string; role: string | null; firstDate: string | null; lastDate: string | null; from: Ref; to: Ref; evidence: EvidenceItem[] }
export interface PledgeItem {
  key: string; factKey: string; review: string; decision: DecisionRef | null; kind: string; status: string; amountText: string | null; amountUsd: number | null; periodStart: number | null;
  periodEnd: number | null; year: number | null; by: Ref; to: Ref | null; sectors: Ref[]; evidence: EvidenceItem[];
}
export interface ActorDetails {
  key: string; name: string; kind: string; aliases: string[]; country: Ref | null; sectors: Ref[];
  partners: { edges: Array<{ weight: number; node: Ref & { kind: string }; relations: RelationItem[] }> };
  pledgesMade: PledgeItem[]; pledgesReceived: PledgeItem[];
}

const EVIDENCE = 'evidence { quote article { key title url published outlet } }';
const DECISION = 'decision { key kind editor reason at }';
const PLEDGE = `key factKey review ${DECISION} kind status amountText amountUsd periodStart periodEnd year by { key name } to { key name } sectors { key name } ${EVIDENCE}`;
const RELATION = `key status ${DECISION} type direction role firstDate lastDate from { key name } to { key name } ${EVIDENCE}`;

export const ACTOR = `query Actor($id: ID!, $types: [RelationType!], $inc: Boolean = false) {
  actor(id: $id) {
    key name kind aliases country { key name } sectors { key name }
    partners(first: 30, types: $types, includeRejected: $inc) { edges { weight node { key name kind } relations { ${RELATION} } } }
    pledgesMade(first: 25, includeRejected: $inc) { ${PLEDGE} }
    pledgesReceived(first: 25, includeRejected: $inc) { ${PLEDGE} }
  }
}`;

/** Reject or confirm a fact (a relation's key or a pledge's factKey), as the editor of the token. */
export const DECIDE = {
  reject: `mutation Reject($i: FactDecisionInput!) { rejectFact(input: $i) { key kind editor } }`,
  confirm: `mutation Confirm($i: FactDecisionInput!) { confirmFact(input: $i) { key kind editor } }`,
} as const;

export interface PathResult { length: number; actors: Ref[]; hops: Array<{ from: Ref; to: Ref; relation: RelationItem }> }
export const PATHS = `query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 4, first: 5) {
    length actors { key name }
    hops { from { key name } to { key name } relation { ${RELATION} } }
  }
}`;
