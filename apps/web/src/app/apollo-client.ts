import { ApolloClient, type FieldPolicy, HttpLink, InMemoryCache, type Reference } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { readToken } from './auth-token';

export function createApolloClient(): ApolloClient {
  // Read the token per request, so signing in or out takes effect without rebuilding the client.
  const auth = new SetContextLink((prev) => {
    const token = readToken();
    return token ? { headers: { ...prev['headers'], authorization: `Bearer ${token}` } } : {};
  });
  return new ApolloClient({
    link: auth.concat(new HttpLink({ uri: '/graphql' })),
    cache: new InMemoryCache({
      typePolicies: {
        Query: { fields: { tickets: pagesMergedBy(['workspaceId', 'view']) } },
        // One list per ticket: a page asked for with `after` ("Show later messages / history") is appended.
        Ticket: { fields: { messages: laterPagesAppended(), assignmentHistory: laterPagesAppended() } },
      },
    }),
  });
}

/**
 * One cached list per keyArgs (e.g. per workspace and view) that grows with each fetchMore page
 * ({ after }) and starts over when the first page is fetched again (a refetch).
 */
function pagesMergedBy(keyArgs: string[]): FieldPolicy<{ nodes?: Reference[] }> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing?.nodes || !incoming.nodes || !args?.['after']) return incoming;
      // Keyset cursors do not repeat rows, but a ticket may have moved between two page loads.
      const seen = new Set(existing.nodes.map((node) => node.__ref));
      return {
        ...incoming,
        nodes: [...existing.nodes, ...incoming.nodes.filter((node) => !seen.has(node.__ref))],
      };
    },
  };
}

/** A list paged by `after` (an entry id): a page with after is appended to what is cached, without repeats. */
function laterPagesAppended(): FieldPolicy<Reference[]> {
  return {
    keyArgs: false,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.['after']) return incoming;
      const seen = new Set(existing.map((entry) => entry.__ref));
      return [...existing, ...incoming.filter((entry) => !seen.has(entry.__ref))];
    },
  };
}
