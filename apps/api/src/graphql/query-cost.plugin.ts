import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, type GraphQLSchema, Kind, visit } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/pagination/page.args';

export const MAX_QUERY_COST = 25_000;

/**
 * A description or message body (up to 64 KiB) counts as five small fields. Counted at 1, a page of
 * 100 tickets each repeating a requester's 100 tickets with their descriptions cost 20,400 and
 * answered 158 MiB; at 5 it costs 60,800 and is refused before it runs. Weighing text by its largest
 * size would refuse ordinary pages too; the response size limit (response-size.plugin.ts) stops what
 * passes at 8 MiB.
 */
export const LARGE_TEXT_COST = 5;
const LARGE_TEXT_FIELDS = new Set(['Ticket.description', 'Message.body']);

/**
 * A ticket's messages and history take `first` (100 at most) to bound what one ticket reads, but they
 * count once, not at their page size: most tickets have a few entries, and counted at 100 a page of
 * tickets with their conversations' authors would be refused. Their text is weighed above.
 */
const CHILD_LISTS = new Set(['Ticket.messages', 'Ticket.assignmentHistory']);

/**
 * A field costs 1 plus its selection, times the page size when it takes `first`: so nested pages
 * multiply, whether `first` is written in the query or passed as a variable (or left at its default;
 * `first: null` means the default too).
 */
const pageSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const name = `${type.name}.${field.name}`;
  if (LARGE_TEXT_FIELDS.has(name)) return LARGE_TEXT_COST;
  const asked: unknown = args['first'] === null ? DEFAULT_PAGE_SIZE : args['first'];
  // Sizes over the maximum are refused by validation, with the field named; count them at the maximum.
  const first =
    typeof asked === 'number' && asked > 0 && !CHILD_LISTS.has(name) ? Math.min(asked, MAX_PAGE_SIZE) : 1;
  return 1 + first * childComplexity;
};

interface DocumentCosts {
  /** The variables passed to a `first` argument: the only ones the cost depends on. */
  pageSizeVariables: string[];
  costs: Map<string, number>;
}

// Beyond this many page-size combinations of one document, costs are computed and not kept.
const MAX_COSTS_PER_DOCUMENT = 200;

function pageSizeVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names];
}

/**
 * Refuses an over-costly operation before it runs. It needs the variables, so it runs once the
 * operation is resolved rather than as a validation rule (which never sees variables). The cost of a
 * document changes only with its page sizes, so it is computed once per document (Apollo hands the
 * same parsed document to every request of the same query) and page-size values, not per request.
 */
export function queryCostPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  const byDocument = new WeakMap<DocumentNode, DocumentCosts>();
  const costOf = (
    document: DocumentNode,
    variables: Record<string, unknown>,
    operationName: string | undefined,
  ): number => {
    let known = byDocument.get(document);
    if (!known)
      byDocument.set(
        document,
        (known = { pageSizeVariables: pageSizeVariables(document), costs: new Map() }),
      );
    const key = JSON.stringify([
      operationName ?? null,
      ...known.pageSizeVariables.map((name) => variables[name] ?? null),
    ]);
    const cached = known.costs.get(key);
    if (cached !== undefined) return cached;
    const cost = getComplexity({
      schema,
      query: document,
      variables,
      operationName,
      estimators: [pageSizeEstimator],
    });
    if (known.costs.size < MAX_COSTS_PER_DOCUMENT) known.costs.set(key, cost);
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = costOf(document, request.variables ?? {}, request.operationName);
          } catch {
            return; // invalid variables: execution reports them with the field named
          }
          if (cost > MAX_QUERY_COST) {
            throw new GraphQLError(
              `This query asks for too much at once (cost ${cost}, at most ${MAX_QUERY_COST}): ask for smaller pages or fewer nested lists.`,
              // http.status: Apollo answers an error raised here with 500 unless told it is the client's.
              { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
