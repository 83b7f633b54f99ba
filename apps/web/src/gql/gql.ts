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
    "\n  query Session {\n    me {\n      id\n      name\n      email\n      memberships {\n        id\n        name\n        role\n        active\n        workspace {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SessionDocument,
    "\n  mutation Session_signOut {\n    signOut\n  }\n": typeof types.Session_SignOutDocument,
    "\n  mutation SignInForm_signIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.SignInForm_SignInDocument,
    "\n  mutation SignUpForm_signUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": typeof types.SignUpForm_SignUpDocument,
    "\n  query InboxPage($workspaceId: ID!, $view: TicketView, $first: Int, $after: String) {\n    tickets(workspaceId: $workspaceId, view: $view, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...TicketRow_ticket\n      }\n    }\n    unassignedQueue(workspaceId: $workspaceId, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.InboxPageDocument,
    "\n  fragment TicketRow_ticket on Ticket {\n    id\n    reference\n    subject\n    priority\n    status\n    createdAt\n    requester {\n      id\n      name\n      email\n    }\n    assignee {\n      id\n      name\n    }\n  }\n": typeof types.TicketRow_TicketFragmentDoc,
    "\n  mutation AddMemberForm_addMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.AddMemberForm_AddMemberDocument,
    "\n  fragment MemberRow_member on Member {\n    id\n    name\n    email\n    role\n    active\n  }\n": typeof types.MemberRow_MemberFragmentDoc,
    "\n  mutation MemberRow_setActive($memberId: ID!, $active: Boolean!) {\n    setMemberActive(memberId: $memberId, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.MemberRow_SetActiveDocument,
    "\n  query MembersPage($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      id\n      members(includeInactive: true) {\n        id\n        ...MemberRow_member\n      }\n    }\n  }\n": typeof types.MembersPageDocument,
    "\n  fragment NewTicketForm_workspace on Workspace {\n    id\n    categories {\n      id\n      name\n    }\n    members {\n      id\n      name\n      active\n    }\n  }\n": typeof types.NewTicketForm_WorkspaceFragmentDoc,
    "\n  mutation NewTicketForm_create($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      reference\n      requester {\n        id\n        email\n        name\n      }\n    }\n  }\n": typeof types.NewTicketForm_CreateDocument,
    "\n  query NewTicketPage($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      id\n      ...NewTicketForm_workspace\n    }\n  }\n": typeof types.NewTicketPageDocument,
    "\n  query RequesterEmailField_suggestions($workspaceId: ID!, $search: String!) {\n    requesters(workspaceId: $workspaceId, search: $search, first: 8) {\n      id\n      email\n      name\n    }\n  }\n": typeof types.RequesterEmailField_SuggestionsDocument,
    "\n  query RequesterEmailField_known($workspaceId: ID!, $email: String!) {\n    requester(workspaceId: $workspaceId, email: $email) {\n      id\n      email\n      name\n    }\n  }\n": typeof types.RequesterEmailField_KnownDocument,
    "\n  fragment AssignControl_ticket on Ticket {\n    id\n    assignee {\n      id\n      name\n    }\n  }\n": typeof types.AssignControl_TicketFragmentDoc,
    "\n  fragment AssignControl_workspace on Workspace {\n    id\n    members {\n      id\n      name\n    }\n  }\n": typeof types.AssignControl_WorkspaceFragmentDoc,
    "\n  mutation AssignControl_assign($ticketId: ID!, $assigneeId: ID) {\n    assignTicket(ticketId: $ticketId, assigneeId: $assigneeId) {\n      id\n      updatedAt\n      ...AssignControl_ticket\n      ...AssignmentTimeline_ticket\n    }\n  }\n": typeof types.AssignControl_AssignDocument,
    "\n  fragment AssignmentTimeline_event on AssignmentEvent {\n    id\n    via\n    createdAt\n    actor {\n      id\n      name\n    }\n    from {\n      id\n      name\n    }\n    to {\n      id\n      name\n    }\n  }\n": typeof types.AssignmentTimeline_EventFragmentDoc,
    "\n  fragment AssignmentTimeline_ticket on Ticket {\n    id\n    assignmentHistory {\n      id\n      ...AssignmentTimeline_event\n    }\n  }\n": typeof types.AssignmentTimeline_TicketFragmentDoc,
    "\n  query AssignmentTimeline_later($ticketId: ID!, $after: ID) {\n    ticket(id: $ticketId) {\n      id\n      assignmentHistory(after: $after) {\n        id\n        ...AssignmentTimeline_event\n      }\n    }\n  }\n": typeof types.AssignmentTimeline_LaterDocument,
    "\n  fragment MessageThread_message on Message {\n    id\n    body\n    internal\n    createdAt\n    authorMember {\n      id\n      name\n    }\n    authorRequester {\n      id\n      name\n      email\n    }\n  }\n": typeof types.MessageThread_MessageFragmentDoc,
    "\n  fragment MessageThread_ticket on Ticket {\n    id\n    messages {\n      id\n      ...MessageThread_message\n    }\n  }\n": typeof types.MessageThread_TicketFragmentDoc,
    "\n  query MessageThread_later($ticketId: ID!, $after: ID) {\n    ticket(id: $ticketId) {\n      id\n      messages(after: $after) {\n        id\n        ...MessageThread_message\n      }\n    }\n  }\n": typeof types.MessageThread_LaterDocument,
    "\n  fragment ReplyBox_ticket on Ticket {\n    id\n    assignee {\n      id\n    }\n  }\n": typeof types.ReplyBox_TicketFragmentDoc,
    "\n  mutation ReplyBox_reply($input: ReplyInput!) {\n    replyToTicket(input: $input) {\n      claimed\n      message {\n        id\n      }\n      ticket {\n        id\n        updatedAt\n        ...MessageThread_ticket\n        ...AssignControl_ticket\n        ...AssignmentTimeline_ticket\n        ...TicketFields_ticket\n        ...ReplyBox_ticket\n      }\n    }\n  }\n": typeof types.ReplyBox_ReplyDocument,
    "\n  fragment TicketDetails_ticket on Ticket {\n    id\n    reference\n    channel\n    createdAt\n    createdBy {\n      id\n      name\n    }\n    requester {\n      id\n      name\n      email\n    }\n  }\n": typeof types.TicketDetails_TicketFragmentDoc,
    "\n  fragment TicketFields_ticket on Ticket {\n    id\n    status\n    priority\n    category {\n      id\n      name\n    }\n  }\n": typeof types.TicketFields_TicketFragmentDoc,
    "\n  fragment TicketFields_workspace on Workspace {\n    id\n    categories {\n      id\n      name\n    }\n  }\n": typeof types.TicketFields_WorkspaceFragmentDoc,
    "\n  mutation TicketFields_update($input: UpdateTicketInput!) {\n    updateTicket(input: $input) {\n      id\n      updatedAt\n      ...TicketFields_ticket\n    }\n  }\n": typeof types.TicketFields_UpdateDocument,
    "\n  query TicketPage($reference: String!, $workspaceId: ID!) {\n    ticketByReference(reference: $reference) {\n      id\n      reference\n      subject\n      description\n      status\n      priority\n      workspace {\n        id\n        name\n      }\n      ...TicketDetails_ticket\n      ...TicketFields_ticket\n      ...AssignControl_ticket\n      ...AssignmentTimeline_ticket\n      ...MessageThread_ticket\n      ...ReplyBox_ticket\n    }\n    workspace(id: $workspaceId) {\n      id\n      ...TicketFields_workspace\n      ...AssignControl_workspace\n    }\n  }\n": typeof types.TicketPageDocument,
};
const documents: Documents = {
    "\n  query Session {\n    me {\n      id\n      name\n      email\n      memberships {\n        id\n        name\n        role\n        active\n        workspace {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SessionDocument,
    "\n  mutation Session_signOut {\n    signOut\n  }\n": types.Session_SignOutDocument,
    "\n  mutation SignInForm_signIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n    }\n  }\n": types.SignInForm_SignInDocument,
    "\n  mutation SignUpForm_signUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": types.SignUpForm_SignUpDocument,
    "\n  query InboxPage($workspaceId: ID!, $view: TicketView, $first: Int, $after: String) {\n    tickets(workspaceId: $workspaceId, view: $view, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...TicketRow_ticket\n      }\n    }\n    unassignedQueue(workspaceId: $workspaceId, first: 1) {\n      totalCount\n    }\n  }\n": types.InboxPageDocument,
    "\n  fragment TicketRow_ticket on Ticket {\n    id\n    reference\n    subject\n    priority\n    status\n    createdAt\n    requester {\n      id\n      name\n      email\n    }\n    assignee {\n      id\n      name\n    }\n  }\n": types.TicketRow_TicketFragmentDoc,
    "\n  mutation AddMemberForm_addMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      name\n    }\n  }\n": types.AddMemberForm_AddMemberDocument,
    "\n  fragment MemberRow_member on Member {\n    id\n    name\n    email\n    role\n    active\n  }\n": types.MemberRow_MemberFragmentDoc,
    "\n  mutation MemberRow_setActive($memberId: ID!, $active: Boolean!) {\n    setMemberActive(memberId: $memberId, active: $active) {\n      id\n      active\n    }\n  }\n": types.MemberRow_SetActiveDocument,
    "\n  query MembersPage($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      id\n      members(includeInactive: true) {\n        id\n        ...MemberRow_member\n      }\n    }\n  }\n": types.MembersPageDocument,
    "\n  fragment NewTicketForm_workspace on Workspace {\n    id\n    categories {\n      id\n      name\n    }\n    members {\n      id\n      name\n      active\n    }\n  }\n": types.NewTicketForm_WorkspaceFragmentDoc,
    "\n  mutation NewTicketForm_create($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      reference\n      requester {\n        id\n        email\n        name\n      }\n    }\n  }\n": types.NewTicketForm_CreateDocument,
    "\n  query NewTicketPage($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      id\n      ...NewTicketForm_workspace\n    }\n  }\n": types.NewTicketPageDocument,
    "\n  query RequesterEmailField_suggestions($workspaceId: ID!, $search: String!) {\n    requesters(workspaceId: $workspaceId, search: $search, first: 8) {\n      id\n      email\n      name\n    }\n  }\n": types.RequesterEmailField_SuggestionsDocument,
    "\n  query RequesterEmailField_known($workspaceId: ID!, $email: String!) {\n    requester(workspaceId: $workspaceId, email: $email) {\n      id\n      email\n      name\n    }\n  }\n": types.RequesterEmailField_KnownDocument,
    "\n  fragment AssignControl_ticket on Ticket {\n    id\n    assignee {\n      id\n      name\n    }\n  }\n": types.AssignControl_TicketFragmentDoc,
    "\n  fragment AssignControl_workspace on Workspace {\n    id\n    members {\n      id\n      name\n    }\n  }\n": types.AssignControl_WorkspaceFragmentDoc,
    "\n  mutation AssignControl_assign($ticketId: ID!, $assigneeId: ID) {\n    assignTicket(ticketId: $ticketId, assigneeId: $assigneeId) {\n      id\n      updatedAt\n      ...AssignControl_ticket\n      ...AssignmentTimeline_ticket\n    }\n  }\n": types.AssignControl_AssignDocument,
    "\n  fragment AssignmentTimeline_event on AssignmentEvent {\n    id\n    via\n    createdAt\n    actor {\n      id\n      name\n    }\n    from {\n      id\n      name\n    }\n    to {\n      id\n      name\n    }\n  }\n": types.AssignmentTimeline_EventFragmentDoc,
    "\n  fragment AssignmentTimeline_ticket on Ticket {\n    id\n    assignmentHistory {\n      id\n      ...AssignmentTimeline_event\n    }\n  }\n": types.AssignmentTimeline_TicketFragmentDoc,
    "\n  query AssignmentTimeline_later($ticketId: ID!, $after: ID) {\n    ticket(id: $ticketId) {\n      id\n      assignmentHistory(after: $after) {\n        id\n        ...AssignmentTimeline_event\n      }\n    }\n  }\n": types.AssignmentTimeline_LaterDocument,
    "\n  fragment MessageThread_message on Message {\n    id\n    body\n    internal\n    createdAt\n    authorMember {\n      id\n      name\n    }\n    authorRequester {\n      id\n      name\n      email\n    }\n  }\n": types.MessageThread_MessageFragmentDoc,
    "\n  fragment MessageThread_ticket on Ticket {\n    id\n    messages {\n      id\n      ...MessageThread_message\n    }\n  }\n": types.MessageThread_TicketFragmentDoc,
    "\n  query MessageThread_later($ticketId: ID!, $after: ID) {\n    ticket(id: $ticketId) {\n      id\n      messages(after: $after) {\n        id\n        ...MessageThread_message\n      }\n    }\n  }\n": types.MessageThread_LaterDocument,
    "\n  fragment ReplyBox_ticket on Ticket {\n    id\n    assignee {\n      id\n    }\n  }\n": types.ReplyBox_TicketFragmentDoc,
    "\n  mutation ReplyBox_reply($input: ReplyInput!) {\n    replyToTicket(input: $input) {\n      claimed\n      message {\n        id\n      }\n      ticket {\n        id\n        updatedAt\n        ...MessageThread_ticket\n        ...AssignControl_ticket\n        ...AssignmentTimeline_ticket\n        ...TicketFields_ticket\n        ...ReplyBox_ticket\n      }\n    }\n  }\n": types.ReplyBox_ReplyDocument,
    "\n  fragment TicketDetails_ticket on Ticket {\n    id\n    reference\n    channel\n    createdAt\n    createdBy {\n      id\n      name\n    }\n    requester {\n      id\n      name\n      email\n    }\n  }\n": types.TicketDetails_TicketFragmentDoc,
    "\n  fragment TicketFields_ticket on Ticket {\n    id\n    status\n    priority\n    category {\n      id\n      name\n    }\n  }\n": types.TicketFields_TicketFragmentDoc,
    "\n  fragment TicketFields_workspace on Workspace {\n    id\n    categories {\n      id\n      name\n    }\n  }\n": types.TicketFields_WorkspaceFragmentDoc,
    "\n  mutation TicketFields_update($input: UpdateTicketInput!) {\n    updateTicket(input: $input) {\n      id\n      updatedAt\n      ...TicketFields_ticket\n    }\n  }\n": types.TicketFields_UpdateDocument,
    "\n  query TicketPage($reference: String!, $workspaceId: ID!) {\n    ticketByReference(reference: $reference) {\n      id\n      reference\n      subject\n      description\n      status\n      priority\n      workspace {\n        id\n        name\n      }\n      ...TicketDetails_ticket\n      ...TicketFields_ticket\n      ...AssignControl_ticket\n      ...AssignmentTimeline_ticket\n      ...MessageThread_ticket\n      ...ReplyBox_ticket\n    }\n    workspace(id: $workspaceId) {\n      id\n      ...TicketFields_workspace\n      ...AssignControl_workspace\n    }\n  }\n": types.TicketPageDocument,
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
export function graphql(source: "\n  query Session {\n    me {\n      id\n      name\n      email\n      memberships {\n        id\n        name\n        role\n        active\n        workspace {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Session {\n    me {\n      id\n      name\n      email\n      memberships {\n        id\n        name\n        role\n        active\n        workspace {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Session_signOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation Session_signOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInForm_signIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SignInForm_signIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpForm_signUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SignUpForm_signUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxPage($workspaceId: ID!, $view: TicketView, $first: Int, $after: String) {\n    tickets(workspaceId: $workspaceId, view: $view, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...TicketRow_ticket\n      }\n    }\n    unassignedQueue(workspaceId: $workspaceId, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query InboxPage($workspaceId: ID!, $view: TicketView, $first: Int, $after: String) {\n    tickets(workspaceId: $workspaceId, view: $view, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...TicketRow_ticket\n      }\n    }\n    unassignedQueue(workspaceId: $workspaceId, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketRow_ticket on Ticket {\n    id\n    reference\n    subject\n    priority\n    status\n    createdAt\n    requester {\n      id\n      name\n      email\n    }\n    assignee {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TicketRow_ticket on Ticket {\n    id\n    reference\n    subject\n    priority\n    status\n    createdAt\n    requester {\n      id\n      name\n      email\n    }\n    assignee {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMemberForm_addMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AddMemberForm_addMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberRow_member on Member {\n    id\n    name\n    email\n    role\n    active\n  }\n"): (typeof documents)["\n  fragment MemberRow_member on Member {\n    id\n    name\n    email\n    role\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberRow_setActive($memberId: ID!, $active: Boolean!) {\n    setMemberActive(memberId: $memberId, active: $active) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation MemberRow_setActive($memberId: ID!, $active: Boolean!) {\n    setMemberActive(memberId: $memberId, active: $active) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersPage($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      id\n      members(includeInactive: true) {\n        id\n        ...MemberRow_member\n      }\n    }\n  }\n"): (typeof documents)["\n  query MembersPage($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      id\n      members(includeInactive: true) {\n        id\n        ...MemberRow_member\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NewTicketForm_workspace on Workspace {\n    id\n    categories {\n      id\n      name\n    }\n    members {\n      id\n      name\n      active\n    }\n  }\n"): (typeof documents)["\n  fragment NewTicketForm_workspace on Workspace {\n    id\n    categories {\n      id\n      name\n    }\n    members {\n      id\n      name\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewTicketForm_create($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      reference\n      requester {\n        id\n        email\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NewTicketForm_create($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      reference\n      requester {\n        id\n        email\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewTicketPage($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      id\n      ...NewTicketForm_workspace\n    }\n  }\n"): (typeof documents)["\n  query NewTicketPage($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      id\n      ...NewTicketForm_workspace\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequesterEmailField_suggestions($workspaceId: ID!, $search: String!) {\n    requesters(workspaceId: $workspaceId, search: $search, first: 8) {\n      id\n      email\n      name\n    }\n  }\n"): (typeof documents)["\n  query RequesterEmailField_suggestions($workspaceId: ID!, $search: String!) {\n    requesters(workspaceId: $workspaceId, search: $search, first: 8) {\n      id\n      email\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequesterEmailField_known($workspaceId: ID!, $email: String!) {\n    requester(workspaceId: $workspaceId, email: $email) {\n      id\n      email\n      name\n    }\n  }\n"): (typeof documents)["\n  query RequesterEmailField_known($workspaceId: ID!, $email: String!) {\n    requester(workspaceId: $workspaceId, email: $email) {\n      id\n      email\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignControl_ticket on Ticket {\n    id\n    assignee {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AssignControl_ticket on Ticket {\n    id\n    assignee {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignControl_workspace on Workspace {\n    id\n    members {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AssignControl_workspace on Workspace {\n    id\n    members {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignControl_assign($ticketId: ID!, $assigneeId: ID) {\n    assignTicket(ticketId: $ticketId, assigneeId: $assigneeId) {\n      id\n      updatedAt\n      ...AssignControl_ticket\n      ...AssignmentTimeline_ticket\n    }\n  }\n"): (typeof documents)["\n  mutation AssignControl_assign($ticketId: ID!, $assigneeId: ID) {\n    assignTicket(ticketId: $ticketId, assigneeId: $assigneeId) {\n      id\n      updatedAt\n      ...AssignControl_ticket\n      ...AssignmentTimeline_ticket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentTimeline_event on AssignmentEvent {\n    id\n    via\n    createdAt\n    actor {\n      id\n      name\n    }\n    from {\n      id\n      name\n    }\n    to {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AssignmentTimeline_event on AssignmentEvent {\n    id\n    via\n    createdAt\n    actor {\n      id\n      name\n    }\n    from {\n      id\n      name\n    }\n    to {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentTimeline_ticket on Ticket {\n    id\n    assignmentHistory {\n      id\n      ...AssignmentTimeline_event\n    }\n  }\n"): (typeof documents)["\n  fragment AssignmentTimeline_ticket on Ticket {\n    id\n    assignmentHistory {\n      id\n      ...AssignmentTimeline_event\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentTimeline_later($ticketId: ID!, $after: ID) {\n    ticket(id: $ticketId) {\n      id\n      assignmentHistory(after: $after) {\n        id\n        ...AssignmentTimeline_event\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssignmentTimeline_later($ticketId: ID!, $after: ID) {\n    ticket(id: $ticketId) {\n      id\n      assignmentHistory(after: $after) {\n        id\n        ...AssignmentTimeline_event\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageThread_message on Message {\n    id\n    body\n    internal\n    createdAt\n    authorMember {\n      id\n      name\n    }\n    authorRequester {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment MessageThread_message on Message {\n    id\n    body\n    internal\n    createdAt\n    authorMember {\n      id\n      name\n    }\n    authorRequester {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageThread_ticket on Ticket {\n    id\n    messages {\n      id\n      ...MessageThread_message\n    }\n  }\n"): (typeof documents)["\n  fragment MessageThread_ticket on Ticket {\n    id\n    messages {\n      id\n      ...MessageThread_message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageThread_later($ticketId: ID!, $after: ID) {\n    ticket(id: $ticketId) {\n      id\n      messages(after: $after) {\n        id\n        ...MessageThread_message\n      }\n    }\n  }\n"): (typeof documents)["\n  query MessageThread_later($ticketId: ID!, $after: ID) {\n    ticket(id: $ticketId) {\n      id\n      messages(after: $after) {\n        id\n        ...MessageThread_message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReplyBox_ticket on Ticket {\n    id\n    assignee {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment ReplyBox_ticket on Ticket {\n    id\n    assignee {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyBox_reply($input: ReplyInput!) {\n    replyToTicket(input: $input) {\n      claimed\n      message {\n        id\n      }\n      ticket {\n        id\n        updatedAt\n        ...MessageThread_ticket\n        ...AssignControl_ticket\n        ...AssignmentTimeline_ticket\n        ...TicketFields_ticket\n        ...ReplyBox_ticket\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyBox_reply($input: ReplyInput!) {\n    replyToTicket(input: $input) {\n      claimed\n      message {\n        id\n      }\n      ticket {\n        id\n        updatedAt\n        ...MessageThread_ticket\n        ...AssignControl_ticket\n        ...AssignmentTimeline_ticket\n        ...TicketFields_ticket\n        ...ReplyBox_ticket\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketDetails_ticket on Ticket {\n    id\n    reference\n    channel\n    createdAt\n    createdBy {\n      id\n      name\n    }\n    requester {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment TicketDetails_ticket on Ticket {\n    id\n    reference\n    channel\n    createdAt\n    createdBy {\n      id\n      name\n    }\n    requester {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketFields_ticket on Ticket {\n    id\n    status\n    priority\n    category {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TicketFields_ticket on Ticket {\n    id\n    status\n    priority\n    category {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketFields_workspace on Workspace {\n    id\n    categories {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TicketFields_workspace on Workspace {\n    id\n    categories {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketFields_update($input: UpdateTicketInput!) {\n    updateTicket(input: $input) {\n      id\n      updatedAt\n      ...TicketFields_ticket\n    }\n  }\n"): (typeof documents)["\n  mutation TicketFields_update($input: UpdateTicketInput!) {\n    updateTicket(input: $input) {\n      id\n      updatedAt\n      ...TicketFields_ticket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketPage($reference: String!, $workspaceId: ID!) {\n    ticketByReference(reference: $reference) {\n      id\n      reference\n      subject\n      description\n      status\n      priority\n      workspace {\n        id\n        name\n      }\n      ...TicketDetails_ticket\n      ...TicketFields_ticket\n      ...AssignControl_ticket\n      ...AssignmentTimeline_ticket\n      ...MessageThread_ticket\n      ...ReplyBox_ticket\n    }\n    workspace(id: $workspaceId) {\n      id\n      ...TicketFields_workspace\n      ...AssignControl_workspace\n    }\n  }\n"): (typeof documents)["\n  query TicketPage($reference: String!, $workspaceId: ID!) {\n    ticketByReference(reference: $reference) {\n      id\n      reference\n      subject\n      description\n      status\n      priority\n      workspace {\n        id\n        name\n      }\n      ...TicketDetails_ticket\n      ...TicketFields_ticket\n      ...AssignControl_ticket\n      ...AssignmentTimeline_ticket\n      ...MessageThread_ticket\n      ...ReplyBox_ticket\n    }\n    workspace(id: $workspaceId) {\n      id\n      ...TicketFields_workspace\n      ...AssignControl_workspace\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;