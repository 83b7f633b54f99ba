import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express, { type ErrorRequestHandler } from 'express';
import type { Config } from './config';
import { createContext, type Context } from './context';
import type { SignInLimits } from './common/auth/sign-in-limiter';
import { formatError, isExpectedError } from './common/format-error';
import { queryCostPlugin } from './common/query-cost.plugin';
import type { Logger } from './common/logger';
import type { Database } from './database/database';
import { playgroundRouter } from './playground/playground.route';
import { buildDesklineSchema } from './schema';
import { createServices } from './services';

export const MAX_BODY_BYTES = 1024 * 1024;
const MAX_TOKENS = 3000;

export interface ServerOptions {
  db: Database;
  config: Pick<Config, 'tokenTtlHours' | 'production' | 'webDist' | 'trustProxy'>;
  /** Defaults to DEFAULT_SIGN_IN_LIMITS; tests pass small ones. */
  signInLimits?: SignInLimits;
  logger: Logger;
}

export interface DesklineServer {
  httpServer: http.Server;
  stop(): Promise<void>;
}

function requestError(status: number, code: string, message: string) {
  return { status, body: { errors: [{ message, extensions: { code } }] } };
}

/** Express + Apollo + playground + health + the web app. Tests start the same server on a free port. */
export async function createServer({ db, config, logger, signInLimits }: ServerOptions): Promise<DesklineServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const services = createServices(db, config, signInLimits);
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 20 },
    maxDirectives: { n: 20 },
    // Off here: armor's token plugin parses again in parsingDidStart, outside Apollo's parse error handling,
    // so any syntax error became an HTTP 500. graphql-js enforces the same limit in Apollo's own parse below.
    maxTokens: { enabled: false },
    // Cost is limited by queryCostPlugin, which also sees page sizes passed as variables.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: config.production },
  }).protect();

  const schema = await buildDesklineSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // The process's own SIGTERM handler drains and closes the database; Apollo's would race it and re-raise the signal.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    introspection: true,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    plugins: [
      ...armor.plugins,
      queryCostPlugin(schema),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Installed by default, it wraps every field's resolver to collect cache hints that Deskline never
      // sets (per-user data, no CDN): a page of 25 tickets paid for some 400 wrappers per request.
      ApolloServerPluginCacheControlDisabled(),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ errors, contextValue }) {
              for (const error of errors) {
                if (!isExpectedError(error, error)) logger.error({ err: error.originalError ?? error, requestId: contextValue.requestId }, 'request failed');
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  // An ETag is a hash of every JSON body sent: GraphQL answers are POSTs for one viewer, never revalidated.
  // (The web app's files are served by express.static, which sets its own.)
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  app.use((req, res, next) => {
    res.locals['requestId'] = randomUUID();
    res.setHeader('x-request-id', res.locals['requestId'] as string);
    next();
  });
  app.get('/healthz', async (_req, res) => {
    const up = await db.ping();
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'unavailable' });
  });
  app.use(playgroundRouter());
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY_BYTES }),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        createContext(services, {
          authorization: req.headers.authorization,
          requestId: res.locals['requestId'] as string,
          clientAddress: req.ip ?? req.socket.remoteAddress,
        }),
    }),
  );

  const webIndex = config.webDist ? path.join(config.webDist, 'index.html') : null;
  if (config.webDist && webIndex && fs.existsSync(webIndex)) {
    app.use(express.static(config.webDist, { index: false }));
    // Client-side routes (/t/TK-00042 …) load the SPA too.
    app.get(/^\/(?!graphql|healthz|playground).*/, (_req, res) => res.sendFile(webIndex));
  }

  const onError: ErrorRequestHandler = (err: { type?: string; status?: number }, _req, res, _next) => {
    const { status, body } =
      err.type === 'entity.too.large'
        ? requestError(413, 'BAD_USER_INPUT', 'The request body is larger than 1 MiB.')
        : err.type === 'entity.parse.failed'
          ? requestError(400, 'BAD_USER_INPUT', 'The request body is not valid JSON.')
          : requestError(500, 'INTERNAL_SERVER_ERROR', 'Something went wrong on our side. It has been logged; please try again.');
    if (status === 500) logger.error({ err, requestId: res.locals['requestId'] }, 'http request failed');
    res.status(status).json(body);
  };
  app.use(onError);

  return {
    httpServer,
    async stop() {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
