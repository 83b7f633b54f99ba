import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from './pagination/page.args';

export const MAX_QUERY_COST = 25_000;

/**
 * A field costs 1 plus its selection, times the page size when it takes `first`: so nested pages
 * multiply, whether `first` is written in the query or passed as a variable (or left at its default).
 */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  // Sizes over the maximum are refused by validation, with the field named; count them at the maximum.
  const first = typeof args['first'] === 'number' && args['first'] > 0 ? Math.min(args['first'], MAX_PAGE_SIZE) : 1;
  return 1 + first * childComplexity;
};

/**
 * Refuses an over-costly operation before it runs. It needs the variables, so it runs once the
 * operation is resolved rather than as a validation rule (which never sees variables).
 */
export function queryCostPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = getComplexity({ schema, query: document, variables: request.variables ?? {}, operationName: request.operationName, estimators: [pageSizeEstimator] });
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
