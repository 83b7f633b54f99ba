import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { resolvers } from './modules';

/**
 * Every @ObjectType is declared with simpleResolvers: its plain fields use graphql-js's default resolver
 * rather than type-graphql's per-field pipeline (for middlewares, which Deskline does not use), so a page
 * of tickets does not pay for hundreds of wrappers. Fields with a @FieldResolver keep theirs.
 */
export function buildDesklineSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    // class-validator rules on inputs and args; failures become BAD_USER_INPUT with the field named.
    validate: { forbidUnknownValues: false, stopAtFirstError: true },
  });
}
