import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import type { Logger } from '../common/logger';
import { HttpRequestError, readJsonBody } from './json-body';

export type GraphQLRoute = (req: IncomingMessage, res: ServerResponse, requestId: string) => Promise<void>;

/** The one GraphQL endpoint: /graphql, with or without a trailing slash, any query string. */
export function isGraphQLPath(url: string | undefined): boolean {
  const path = (url ?? '').split('?', 1)[0];
  return path === '/graphql' || path === '/graphql/';
}

/** The query string of a request URL, with its '?', or ''. */
export function searchOf(url: string | undefined): string {
  const start = (url ?? '').indexOf('?');
  return start === -1 ? '' : (url ?? '').slice(start);
}

/** A refusal in GraphQL's error shape, for requests that never reach Apollo. */
export function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  const text = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res
    .writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    })
    .end(text);
}

export function sendInternalError(res: ServerResponse): void {
  sendError(
    res,
    500,
    'INTERNAL_SERVER_ERROR',
    'Something went wrong on our side. It has been logged; please try again.',
  );
}

function toHTTPGraphQLRequest(req: IncomingMessage, body: unknown): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return { method: (req.method ?? 'GET').toUpperCase(), headers, search: searchOf(req.url), body };
}

/**
 * Serves GraphQL from node:http straight into Apollo, as Apollo's own standalone server does. Through
 * Express (its router, body-parser and the express5 integration) `{ __typename }` took 0.33 ms of the
 * server's CPU and createTicket 1.5 ms; this way, 0.13 and 1.03 ms. Express still serves everything else.
 */
export function graphqlRoute<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  context: (req: IncomingMessage, requestId: string) => Promise<TContext>,
  logger: Logger,
): GraphQLRoute {
  return async (req, res, requestId) => {
    try {
      let body: unknown;
      if (req.method === 'POST') body = await readJsonBody(req);
      else req.resume(); // a GET's query is in its URL
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: toHTTPGraphQLRequest(req, body),
        context: () => context(req, requestId),
      });
      const headers: OutgoingHttpHeaders = Object.fromEntries(response.headers);
      const status = response.status ?? 200;
      if (response.body.kind === 'complete') {
        headers['content-length'] = Buffer.byteLength(response.body.string);
        res.writeHead(status, headers).end(response.body.string);
        return;
      }
      res.writeHead(status, headers);
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (err) {
      if (err instanceof HttpRequestError) return sendError(res, err.status, 'BAD_USER_INPUT', err.message);
      logger.error({ err, requestId }, 'http request failed');
      if (res.headersSent) res.destroy();
      else sendInternalError(res);
    }
  };
}
