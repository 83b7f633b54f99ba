/**
 * The floor for `{ __typename }`: Apollo Server 5's own standalone server (node:http, body-parser and
 * cors, no Express, which apps/api does not put on /graphql either), a trivial schema, and nothing
 * else (no armor, no auth, no context). Run as its own process: `node dist/load/bare-apollo-server.js <port>`.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

async function main(): Promise<void> {
  const port = Number(process.argv[2] ?? 4101);
  const apollo = new ApolloServer({
    typeDefs: 'type Query { ok: Boolean }',
    resolvers: { Query: { ok: () => true } },
  });
  await startStandaloneServer(apollo, { listen: { port, host: '127.0.0.1' } });
  process.once('SIGTERM', () => {
    void apollo.stop().then(() => process.exit(0));
  });
}

void main();
