import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
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
    cache: new InMemoryCache(),
  });
}
