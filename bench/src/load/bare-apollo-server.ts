/**
 * The floor for `{ __typename }`: Apollo Server 5 with the same Express 5 integration and JSON body
 * parser as apps/api/src/server.ts, a trivial schema, and nothing else (no armor, no auth, no context).
 * Run as its own process: `node dist/load/bare-apollo-server.js <port>`.
 */
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

async function main(): Promise<void> {
  const port = Number(process.argv[2] ?? 4101);
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({
    typeDefs: 'type Query { ok: Boolean }',
    resolvers: { Query: { ok: () => true } },
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.use('/graphql', express.json({ limit: 1024 * 1024 }), expressMiddleware(apollo));
  await new Promise<void>((resolve) => httpServer.listen(port, '127.0.0.1', resolve));
  process.once('SIGTERM', () => {
    void apollo.stop().then(() => process.exit(0));
  });
}

void main();
