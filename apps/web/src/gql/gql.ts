/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AgentSummary_agent on Agent {\n    id\n    name\n    email\n    memberships {\n      id\n      role\n      active\n      workspace {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AgentSummary_AgentFragmentDoc,
    "\n  mutation SignInForm_signIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n      agent {\n        id\n        ...AgentSummary_agent\n      }\n    }\n  }\n": typeof types.SignInForm_SignInDocument,
    "\n  query SignInPage {\n    me {\n      id\n      ...AgentSummary_agent\n    }\n  }\n": typeof types.SignInPageDocument,
    "\n  mutation SignInPage_signOut {\n    signOut\n  }\n": typeof types.SignInPage_SignOutDocument,
};
const documents: Documents = {
    "\n  fragment AgentSummary_agent on Agent {\n    id\n    name\n    email\n    memberships {\n      id\n      role\n      active\n      workspace {\n        id\n        name\n      }\n    }\n  }\n": types.AgentSummary_AgentFragmentDoc,
    "\n  mutation SignInForm_signIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n      agent {\n        id\n        ...AgentSummary_agent\n      }\n    }\n  }\n": types.SignInForm_SignInDocument,
    "\n  query SignInPage {\n    me {\n      id\n      ...AgentSummary_agent\n    }\n  }\n": types.SignInPageDocument,
    "\n  mutation SignInPage_signOut {\n    signOut\n  }\n": types.SignInPage_SignOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgentSummary_agent on Agent {\n    id\n    name\n    email\n    memberships {\n      id\n      role\n      active\n      workspace {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AgentSummary_agent on Agent {\n    id\n    name\n    email\n    memberships {\n      id\n      role\n      active\n      workspace {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInForm_signIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n      agent {\n        id\n        ...AgentSummary_agent\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInForm_signIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n      agent {\n        id\n        ...AgentSummary_agent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInPage {\n    me {\n      id\n      ...AgentSummary_agent\n    }\n  }\n"): (typeof documents)["\n  query SignInPage {\n    me {\n      id\n      ...AgentSummary_agent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInPage_signOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignInPage_signOut {\n    signOut\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;