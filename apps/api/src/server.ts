import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express, { type ErrorRequestHandler } from 'express';
import type { Config } from './config';
import { createContext, type Context } from './context';
import type { SignInLimits, SignUpLimits } from './common/auth/sign-in-limiter';
import { formatError, isExpectedError, isRequestError, withoutSuggestions } from './graphql/format-error';
import { boundedDocumentStore } from './graphql/document-store';
import { compiledQueryGateway } from './graphql/compiled-query-gateway';
import { queryCostPlugin } from './graphql/query-cost.plugin';
import { responseSizePlugin } from './graphql/response-size.plugin';
import type { Logger } from './common/logger';
import type { Database } from './database/database';
import { graphqlRoute, isGraphQLPath, sendInternalError } from './http/graphql-route';
import { assignRequestId, requestIdOf } from './http/request-id';
import { setSecurityHeaders } from './http/security-headers';
import { clientAddress, compileTrustProxy } from './http/trust-proxy';
import { playgroundRouter, wantsPlayground } from './playground/playground.route';
import { buildDesklineSchema } from './schema';
import { createServices } from './services';

const MAX_TOKENS = 3000;

export interface ServerOptions {
  db: Database;
  /** introspection and playground default to on outside production, as loadConfig sets them. */
  config: Pick<Config, 'tokenTtlHours' | 'production' | 'webDist' | 'trustProxy'> &
    Partial<Pick<Config, 'introspection' | 'playground'>>;
  /** Defaults to DEFAULT_SIGN_IN_LIMITS; tests pass small ones. */
  signInLimits?: SignInLimits;
  /** Defaults to DEFAULT_SIGN_UP_LIMITS; tests, which sign up many owners from one address, pass large ones. */
  signUpLimits?: SignUpLimits;
  logger: Logger;
  /** Which run of a query compiles it (compiledQueryGateway); tests pass 1 so that every query they send runs compiled. */
  compileOnRun?: number;
  /** How long a query may run (QUERY_DEADLINE_MS by default); tests pass a short one. */
  queryDeadlineMs?: number;
}

export interface DesklineServer {
  httpServer: http.Server;
  stop(): Promise<void>;
}

/** GraphQL straight into Apollo; Express for the playground, health and the web app. Tests start the same server on a free port. */
export async function createServer({
  db,
  config,
  logger,
  signInLimits,
  signUpLimits,
  compileOnRun,
  queryDeadlineMs,
}: ServerOptions): Promise<DesklineServer> {
  const app = express();
  const httpServer = http.createServer();
  const trustProxy = compileTrustProxy(config.trustProxy);
  const services = createServices(db, config, signInLimits, signUpLimits);
  const introspection = config.introspection ?? !config.production;
  const playground = config.playground ?? !config.production;
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
    // No `schema` here: the gateway hands Apollo the schema along with its executor.
    gateway: compiledQueryGateway(schema, { compileOnRun, queryDeadlineMs }),
    formatError: config.production
      ? (formatted, error) => withoutSuggestions(formatError(formatted, error))
      : formatError,
    includeStacktraceInErrorResponses: false,
    // The process's own SIGTERM handler drains and closes the database; Apollo's would race it and re-raise the signal.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    introspection,
    documentStore: boundedDocumentStore(),
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    plugins: [
      ...armor.plugins,
      queryCostPlugin(schema),
      responseSizePlugin(logger),
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
                const requestId = contextValue.requestId;
                // A refused request is the client's mistake: one line, no stack trace.
                if (isRequestError(error, error))
                  logger.info({ requestId, reason: error.message }, 'request refused');
                else if (!isExpectedError(error, error))
                  logger.error({ err: error.originalError ?? error, requestId }, 'request failed');
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const graphql = graphqlRoute(
    apollo,
    (req, requestId) =>
      createContext(services, {
        authorization: req.headers.authorization,
        requestId,
        clientAddress: clientAddress(req, trustProxy),
      }),
    logger,
  );
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const requestId = assignRequestId(res);
    setSecurityHeaders(req, res);
    if (isGraphQLPath(req.url) && !(playground && wantsPlayground(req))) void graphql(req, res, requestId);
    else app(req, res);
  });

  app.disable('x-powered-by');
  app.get('/healthz', async (_req, res) => {
    const up = await db.ping();
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'unavailable' });
  });
  if (playground) app.use(playgroundRouter());

  const webIndex = config.webDist ? path.join(config.webDist, 'index.html') : null;
  if (config.webDist && webIndex && fs.existsSync(webIndex)) {
    app.use(express.static(config.webDist, { index: false }));
    // Client-side routes (/t/TK-00042 …) load the SPA too.
    app.get(/^\/(?!graphql|healthz|playground).*/, (_req, res) => res.sendFile(webIndex));
  }

  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    logger.error({ err, requestId: requestIdOf(res) }, 'http request failed');
    sendInternalError(res);
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
