import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  getVariableValues,
  GraphQLError,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { withDeadline } from './execution-deadline';
import { cleanDocumentStrings, cleanVariables, LoneSurrogate } from './input-strings';

type Compile = (
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string,
) => CompiledQuery | ExecutionResult;

export interface CompileOptions {
  /** How long a query may run (withDeadline); tests pass a short one. */
  queryDeadlineMs?: number;
  /** The run of a document that compiles it: 2 in production; tests pass 1 so that every query they send runs compiled. */
  compileOnRun?: number;
  compile?: Compile;
}

interface SeenDocument {
  runs: number;
  /** The document with its string literals NFC (input-strings.ts): the same object in the usual case. */
  cleaned: DocumentNode | LoneSurrogate;
  compiled: Map<string | null, CompiledQuery | ExecutionResult>;
}

/**
 * graphql-jit's errors lack graphql-js's always-present `extensions` object, which Apollo's error
 * formatting reads; so they are rebuilt as graphql-js errors with the same message, place and cause.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  return Object.assign(rebuilt, { locations: error.locations });
}

/** The document with its strings NFC, or the refusal of one holding a lone surrogate (kept per document). */
function cleanedOrRefused(document: DocumentNode): DocumentNode | LoneSurrogate {
  try {
    return cleanDocumentStrings(document);
  } catch (err) {
    if (err instanceof LoneSurrogate) return err;
    throw err;
  }
}

/**
 * graphql-js completes every field through a generic path: a page of 25 tickets spent about 0.25 ms
 * of CPU there, a third of the API's own cost of the request. graphql-jit compiles each operation once
 * into code made for its selection.
 *
 * Apollo Server 5 takes a custom executor only through its gateway interface (its migration guide names
 * it for this), so this is a gateway over one fixed schema. Apollo still parses, validates, caches
 * documents and runs every plugin; only execution changes.
 *
 * A document is compiled the second time it runs (graphql-js runs it the first time): compiling costs
 * 1 ms for a list query and 15 ms for introspection, so a client sending ever-new queries must not make
 * every request pay that. Apollo's document cache hands back the same DocumentNode for the same query
 * text, and a WeakMap lets a compiled query go when Apollo evicts its document.
 */
export function compiledQueryGateway(
  schema: GraphQLSchema,
  { compileOnRun = 2, compile = compileQuery, queryDeadlineMs }: CompileOptions = {},
): GatewayInterface {
  const seen = new WeakMap<DocumentNode, SeenDocument>();

  const executor: GatewayExecutor = async ({
    document: sent,
    operation,
    operationName,
    request,
    context,
  }) => {
    let entry = seen.get(sent);
    if (!entry) {
      entry = { runs: 0, cleaned: cleanedOrRefused(sent), compiled: new Map() };
      seen.set(sent, entry);
    }
    let variableValues: Record<string, unknown> | undefined;
    try {
      variableValues = cleanVariables(request.variables);
    } catch (err) {
      if (err instanceof LoneSurrogate) return { errors: [err] };
      throw err;
    }
    const document = entry.cleaned;
    if (document instanceof LoneSurrogate) return { errors: [document] };

    // No operation resolved (two operations and no operationName, or a name the document lacks):
    // graphql-js's execute reports why, and Apollo answers that as the client's error (400).
    // (Apollo passes operationName as resolved, so null here: the name the client asked for is the request's.)
    if (!operation)
      return execute({
        schema,
        document,
        operationName: request.operationName,
        contextValue: context,
        variableValues,
      });
    // graphql-js coerces the variables first: its messages, which Apollo recognizes for a 400 and
    // BAD_USER_INPUT, are the API's; graphql-jit words them differently.
    const variables = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues ?? {}, {
      maxErrors: 50,
    });
    if (variables.errors) return { errors: variables.errors };

    entry.runs += 1;
    if (entry.runs < compileOnRun) {
      return execute({ schema, document, operationName, contextValue: context, variableValues });
    }
    let compiled = entry.compiled.get(operationName);
    if (!compiled) {
      compiled = compile(schema, document, operationName ?? undefined);
      entry.compiled.set(operationName, compiled);
    }
    if (!isCompiledQuery(compiled)) return compiled;
    const result = await compiled.query(undefined, context, variableValues);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  };

  const sdl = printSchema(schema);
  return {
    async load() {
      return { executor: withDeadline(executor, queryDeadlineMs) };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: sdl });
      return () => {};
    },
    async stop() {},
  };
}
