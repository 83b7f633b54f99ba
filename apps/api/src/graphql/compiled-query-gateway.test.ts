import { ApolloServer } from '@apollo/server';
import {
  GraphQLError,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  type GraphQLFormattedError,
} from 'graphql';
import { compileQuery } from 'graphql-jit';
import { compiledQueryGateway, type CompileOptions } from './compiled-query-gateway';
import { NotFound } from '../common/errors';
import { RequestDeadline } from './execution-deadline';
import { formatError } from './format-error';

const Item = new GraphQLObjectType({
  name: 'Item',
  fields: {
    id: { type: new GraphQLNonNull(GraphQLInt) },
    label: { type: GraphQLString, resolve: (item: { id: number }) => `item ${item.id}` },
    gone: {
      type: GraphQLString,
      resolve: () => {
        throw new NotFound('Item');
      },
    },
  },
});

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      items: {
        type: new GraphQLList(Item),
        args: { first: { type: new GraphQLNonNull(GraphQLInt) } },
        resolve: async (_root, { first }: { first: number }) =>
          Array.from({ length: first }, (_, i) => ({ id: i + 1 })),
      },
      // A read that never answers, as a database that hangs would.
      stuck: { type: GraphQLString, resolve: () => new Promise(() => {}) },
    },
  }),
});

const ITEMS = 'query Items($first: Int!) { items(first: $first) { id label } }';
const FAILING = 'query Failing { items(first: 1) { id gone } }';

async function startServer(options: CompileOptions): Promise<ApolloServer> {
  const server = new ApolloServer({ gateway: compiledQueryGateway(schema, options), formatError });
  await server.start();
  return server;
}

async function run(server: ApolloServer, query: string, variables?: Record<string, unknown>) {
  const response = await server.executeOperation({ query, variables });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { status: response.http.status, ...response.body.singleResult };
}

describe('compiledQueryGateway', () => {
  it("stops a query that runs past its deadline, with a 503 and QUERY_TIMEOUT, and marks the request's deadline passed", async () => {
    const server = new ApolloServer<{ deadline: RequestDeadline }>({
      gateway: compiledQueryGateway(schema, { queryDeadlineMs: 30 }),
      formatError,
    });
    await server.start();
    const deadline = new RequestDeadline();
    const response = await server.executeOperation({ query: '{ stuck }' }, { contextValue: { deadline } });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.http.status).toBe(503);
    expect(response.body.singleResult.errors?.map((e) => [e.message, e.extensions])).toEqual([
      [
        expect.stringMatching(/^The query ran for more than 0.03 s and was stopped/),
        { code: 'INTERNAL_SERVER_ERROR', reason: 'QUERY_TIMEOUT' },
      ],
    ]);
    expect(deadline.passed).toBe(true);
    await server.stop();
  });

  let compiled: string[];
  const countingCompile: CompileOptions['compile'] = (s, document, operationName) => {
    compiled.push(operationName ?? '');
    return compileQuery(s, document, operationName);
  };
  beforeEach(() => {
    compiled = [];
  });

  it('runs a query on graphql-js the first time, compiles it once on the second, and answers the same each time', async () => {
    const server = await startServer({ compile: countingCompile });
    const first = await run(server, ITEMS, { first: 2 });
    expect(compiled).toEqual([]);
    const second = await run(server, ITEMS, { first: 2 });
    const third = await run(server, ITEMS, { first: 3 });
    expect(compiled).toEqual(['Items']);
    expect(first.data).toEqual({
      items: [
        { id: 1, label: 'item 1' },
        { id: 2, label: 'item 2' },
      ],
    });
    expect(second).toEqual(first);
    expect(third.data).toEqual({ items: [1, 2, 3].map((id) => ({ id, label: `item ${id}` })) });
    await server.stop();
  });

  it('compiles each operation of a document apart', async () => {
    const server = await startServer({ compileOnRun: 1, compile: countingCompile });
    const document = 'query A { items(first: 1) { id } } query B { items(first: 1) { label } }';
    const a = await server.executeOperation({ query: document, operationName: 'A' });
    const b = await server.executeOperation({ query: document, operationName: 'B' });
    expect(compiled).toEqual(['A', 'B']);
    expect(a.body.kind === 'single' && a.body.singleResult.data).toEqual({ items: [{ id: 1 }] });
    expect(b.body.kind === 'single' && b.body.singleResult.data).toEqual({ items: [{ label: 'item 1' }] });
    await server.stop();
  });

  it("refuses bad variables with graphql-js's message and a 400, compiled or not", async () => {
    for (const compileOnRun of [1, 2]) {
      const server = await startServer({ compileOnRun });
      await run(server, ITEMS, { first: 1 });
      const bad = await run(server, ITEMS, { first: 'many' });
      expect(bad.status).toBe(400);
      expect(bad.errors).toEqual([
        {
          message:
            'Variable "$first" got invalid value "many"; Int cannot represent non-integer value: "many"',
          locations: [{ line: 1, column: 13 }],
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ]);
      await server.stop();
    }
  });

  it('keeps a resolver error as graphql-js gives it: code, message, path and location', async () => {
    const interpreted = await startServer({ compileOnRun: Number.POSITIVE_INFINITY });
    const expected: GraphQLFormattedError[] = [
      {
        message: 'Item not found.',
        locations: [{ line: 1, column: 38 }],
        path: ['items', 0, 'gone'],
        extensions: { code: 'NOT_FOUND' },
      },
    ];
    expect((await run(interpreted, FAILING)).errors).toEqual(expected);
    await interpreted.stop();

    const server = await startServer({ compileOnRun: 1 });
    const result = await run(server, FAILING);
    expect(result.data).toEqual({ items: [{ id: 1, gone: null }] });
    expect(result.errors).toEqual(expected);
    await server.stop();
  });

  it('answers an operation that cannot be compiled with its errors', async () => {
    const refusal = { errors: [new GraphQLError('cannot compile this')] };
    const server = await startServer({ compileOnRun: 1, compile: () => refusal });
    const result = await run(server, ITEMS, { first: 1 });
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(result.data).toBeUndefined();
    await server.stop();
  });
});
