/** The query GraphiQL opens with: three researcher questions over the seed graph. */
export const DEFAULT_GRAPHIQL_QUERY = `# Vietnam tech-partnership graph: every fact cites its article and sentence.
# Press ▶ to run; open the Docs panel to read about every type and field.

query Showcase {
  # Who partners with Samsung, and how? Each relation comes with its evidence.
  samsung: actor(name: "Samsung") {
    name
    kind
    partners(first: 5) {
      edges {
        weight
        node { name kind }
        relations {
          type
          direction
          firstDate
          evidence { quote article { title published outlet } }
        }
      }
    }
  }

  # Pledges in semiconductors, largest first, with totals over all of them.
  chipPledges: pledges(filter: { sector: "semiconductors" }, first: 5) {
    totalCount
    totalUsd
    edges {
      node {
        by { name }
        to { name }
        kind
        amountText
        amountUsd
        status
        evidence { quote }
      }
    }
  }

  # How is Nvidia connected to Vietnam? (Try to: "nic-hoa-lac" too.)
  nvidiaToVietnam: paths(from: "nvidia", to: "vietnam", maxHops: 4, first: 3) {
    length
    hops {
      from { name }
      to { name }
      relation { type evidence { quote } }
    }
  }
}
`;
