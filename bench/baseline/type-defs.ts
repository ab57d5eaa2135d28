/**
 * The baseline: what a user of @neo4j/graphql would write over the same graph (src/graph/README.md).
 * Types map to the same labels and relationship types; relationship properties via
 * @relationshipProperties; evidence (joined by `factKey`, not by a relationship) and shortest paths
 * need @cypher fields, since the generated API has no way to express them.
 */
export const baselineTypeDefs = /* GraphQL */ `
  type Fact @relationshipProperties {
    key: String!
    role: String
    dates: [String!]
    firstDate: String
    lastDate: String
  }

  type Actor @node(labels: ["Actor"]) {
    id: ID!
    name: String!
    kind: String!
    aliases: [String!]
    country: String
    searchText: String
    investsIn: [Actor!]! @relationship(type: "INVESTS_IN", direction: OUT, properties: "Fact")
    investedInBy: [Actor!]! @relationship(type: "INVESTS_IN", direction: IN, properties: "Fact")
    trains: [Actor!]! @relationship(type: "TRAINS", direction: OUT, properties: "Fact")
    trainedBy: [Actor!]! @relationship(type: "TRAINS", direction: IN, properties: "Fact")
    visits: [Actor!]! @relationship(type: "VISITS", direction: OUT, properties: "Fact")
    visitedBy: [Actor!]! @relationship(type: "VISITS", direction: IN, properties: "Fact")
    meets: [Actor!]! @relationship(type: "MEETS", direction: OUT, queryDirection: UNDIRECTED, properties: "Fact")
    partnersWith: [Actor!]! @relationship(type: "PARTNERS_WITH", direction: OUT, queryDirection: UNDIRECTED, properties: "Fact")
    holdsRoleAt: [Actor!]! @relationship(type: "HOLDS_ROLE", direction: OUT, properties: "Fact")
    roleHolders: [Actor!]! @relationship(type: "HOLDS_ROLE", direction: IN, properties: "Fact")
    partOf: [Actor!]! @relationship(type: "PART_OF", direction: OUT, properties: "Fact")
    locatedIn: [Actor!]! @relationship(type: "LOCATED_IN", direction: OUT, properties: "Fact")
    operates: [Actor!]! @relationship(type: "OPERATES", direction: OUT, properties: "Fact")
    focusesOn: [Sector!]! @relationship(type: "FOCUSES_ON", direction: OUT, properties: "Fact")
    made: [Pledge!]! @relationship(type: "MADE", direction: OUT)
    received: [Pledge!]! @relationship(type: "TO", direction: IN)
    "Evidence of every relation between this actor and another, joined on the relationship's key."
    relationEvidence(limit: Int = 200): [Evidence!]!
      @cypher(
        statement: """
        MATCH (this)-[r]-(:Actor)
        WITH DISTINCT r.key AS key
        MATCH (e:Evidence {factKey: key})
        RETURN e LIMIT $limit
        """
        columnName: "e"
      )
  }

  type Sector @node {
    id: ID!
    name: String!
    nameVi: String
    parent: String
    searchText: String
    subsectorOf: [Sector!]! @relationship(type: "SUBSECTOR_OF", direction: OUT)
    focusedBy: [Actor!]! @relationship(type: "FOCUSES_ON", direction: IN, properties: "Fact")
    pledges: [Pledge!]! @relationship(type: "IN_SECTOR", direction: IN)
  }

  type Pledge @node {
    id: ID!
    kind: String!
    amount: Float
    unit: String
    amountText: String
    amountUsd: Float
    status: String
    year: Int
    periodStart: Int
    periodEnd: Int
    by: [Actor!]! @relationship(type: "MADE", direction: IN)
    to: [Actor!]! @relationship(type: "TO", direction: OUT)
    sectors: [Sector!]! @relationship(type: "IN_SECTOR", direction: OUT)
    evidence: [Evidence!]!
      @cypher(statement: "MATCH (e:Evidence {factKey: 'pledge:' + this.id}) RETURN e", columnName: "e")
  }

  type Article @node {
    id: ID!
    title: String
    published: String
    url: String
  }

  type Evidence @node {
    id: ID!
    factKey: String!
    articleId: String!
    quote: String!
    start: Int!
    end: Int!
    rule: String
    confidence: Float
    article: [Article!]! @relationship(type: "FROM_ARTICLE", direction: OUT)
  }

  type PathHop {
    from: String!
    to: String!
    type: String!
    key: String
  }

  type ActorPath {
    nodes: [String!]!
    hops: [PathHop!]!
  }

  type Query {
    "Shortest chains between two actors (≤ 4 hops): no generated field can express a path search."
    paths(from: ID!, to: ID!, limit: Int = 10): [ActorPath!]!
      @cypher(
        statement: """
        MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
        MATCH p = allShortestPaths((a)-[:INVESTS_IN|TRAINS|VISITS|MEETS|PARTNERS_WITH|HOLDS_ROLE|SUBSIDIARY_OF|PART_OF|LOCATED_IN|OPERATES*..4]-(b))
        WITH p LIMIT $limit
        RETURN {
          nodes: [n IN nodes(p) | n.id],
          hops: [r IN relationships(p) | {from: startNode(r).id, to: endNode(r).id, type: type(r), key: r.key}]
        } AS path
        """
        columnName: "path"
      )
    "Full-text search over folded names and aliases (the same index the API uses)."
    searchActors(query: String!, limit: Int = 10): [Actor!]!
      @cypher(
        statement: """
        CALL db.index.fulltext.queryNodes('name_search', $query, {limit: $limit}) YIELD node
        WHERE node:Actor
        RETURN node
        """
        columnName: "node"
      )
  }
`;
