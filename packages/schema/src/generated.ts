export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 timestamp in UTC, e.g. 2026-11-24T10:00:00.000Z */
  DateTime: { input: string; output: string; }
};

export type AddMemberInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Sets the password when this email has no agent account yet. */
  password?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<MemberRole>;
  workspaceId: Scalars['ID']['input'];
};

/** A person who signs in. One agent can be a member of several workspaces. */
export type Agent = {
  __typename?: 'Agent';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** For the viewer: all of their memberships. For anyone else: only those in workspaces the viewer also belongs to. */
  memberships: Array<Member>;
  name: Scalars['String']['output'];
};

/** One change of a ticket's assignee. Append-only. */
export type AssignmentEvent = {
  __typename?: 'AssignmentEvent';
  /** The member who caused it (the creator, the assigner, the replier, or the admin who deactivated). */
  actor?: Maybe<Member>;
  createdAt: Scalars['DateTime']['output'];
  /** The assignee before; null = nobody. */
  from?: Maybe<Member>;
  id: Scalars['ID']['output'];
  /** The assignee after; null = nobody. */
  to?: Maybe<Member>;
  via: AssignmentVia;
};

/** How an assignment came about. */
export type AssignmentVia =
  | 'ASSIGN'
  | 'CLAIM'
  | 'CREATE'
  | 'DEACTIVATION';

export type AuthPayload = {
  __typename?: 'AuthPayload';
  agent: Agent;
  /** Opaque bearer token. */
  token: Scalars['String']['output'];
};

export type Category = {
  __typename?: 'Category';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Channel =
  | 'API'
  | 'CHAT'
  | 'CONTACT_FORM'
  | 'EMAIL'
  | 'MANUAL';

export type CreateTicketInput = {
  /** Omitted: the creator. null: nobody (Unassigned queue). An ID: that active member. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<Priority>;
  /** Required. Finds the workspace's requester with this email (case-insensitive) or creates one. */
  requesterEmail: Scalars['String']['input'];
  /** Optional. Fills in an existing requester's name only when it is blank; never overwrites. */
  requesterName?: InputMaybe<Scalars['String']['input']>;
  subject: Scalars['String']['input'];
  workspaceId: Scalars['ID']['input'];
};

/** An agent's membership in one workspace. */
export type Member = {
  __typename?: 'Member';
  active: Scalars['Boolean']['output'];
  agent: Agent;
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: MemberRole;
  workspace: Workspace;
};

export type MemberRole =
  | 'ADMIN'
  | 'AGENT'
  | 'OWNER';

export type Message = {
  __typename?: 'Message';
  /** The member who wrote it, or null when the requester wrote it. */
  authorMember?: Maybe<Member>;
  /** Set when the requester wrote it. */
  authorRequester?: Maybe<Requester>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** true = internal note, never shown to the requester. */
  internal: Scalars['Boolean']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** OWNER or ADMIN only. */
  addMember: Member;
  /** assigneeId null: unassign (back to the Unassigned queue). Otherwise an active member of the ticket's workspace. */
  assignTicket: Ticket;
  createCategory: Category;
  createTicket: Ticket;
  /** A public reply (internal false) to an unassigned ticket makes its author the assignee, atomically: of concurrent first replies exactly one claims. */
  replyToTicket: ReplyPayload;
  /** OWNER or ADMIN only. Inactive members cannot sign in to that workspace, cannot be assigned, and leave the Assign-to list. */
  setMemberActive: Member;
  signIn: AuthPayload;
  /** Revokes the token the request was sent with, at once. */
  signOut: Scalars['Boolean']['output'];
  signUp: AuthPayload;
  updateTicket: Ticket;
};


export type MutationAddMemberArgs = {
  input: AddMemberInput;
};


export type MutationAssignTicketArgs = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  ticketId: Scalars['ID']['input'];
};


export type MutationCreateCategoryArgs = {
  name: Scalars['String']['input'];
  workspaceId: Scalars['ID']['input'];
};


export type MutationCreateTicketArgs = {
  input: CreateTicketInput;
};


export type MutationReplyToTicketArgs = {
  input: ReplyInput;
};


export type MutationSetMemberActiveArgs = {
  active: Scalars['Boolean']['input'];
  memberId: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationUpdateTicketArgs = {
  input: UpdateTicketInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Priority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

export type Query = {
  __typename?: 'Query';
  /** The signed-in agent, or null without a valid token. */
  me?: Maybe<Agent>;
  requester?: Maybe<Requester>;
  /** Requesters of the workspace whose email starts with search, by email. first: 1 to 20. */
  requesters: Array<Requester>;
  /** null when it does not exist or the viewer may not see it. */
  ticket?: Maybe<Ticket>;
  /**
   * Case-insensitive, surrounding spaces ignored, leading zeros optional (tk-42 finds TK-00042).
   * null when it does not exist or the viewer may not see it.
   */
  ticketByReference?: Maybe<Ticket>;
  /** Newest first. first: 1 to 100. */
  tickets: TicketConnection;
  /** Open or pending tickets with no assignee: URGENT first, then HIGH, NORMAL, LOW; oldest first within a priority. first: 1 to 100. */
  unassignedQueue: TicketConnection;
  workspace?: Maybe<Workspace>;
};


export type QueryRequesterArgs = {
  email: Scalars['String']['input'];
  workspaceId: Scalars['ID']['input'];
};


export type QueryRequestersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search: Scalars['String']['input'];
  workspaceId: Scalars['ID']['input'];
};


export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTicketByReferenceArgs = {
  reference: Scalars['String']['input'];
};


export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  view?: InputMaybe<TicketView>;
  workspaceId: Scalars['ID']['input'];
};


export type QueryUnassignedQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  workspaceId: Scalars['ID']['input'];
};


export type QueryWorkspaceArgs = {
  id: Scalars['ID']['input'];
};

export type ReplyInput = {
  body: Scalars['String']['input'];
  /** true = internal note: never claims the ticket. */
  internal?: InputMaybe<Scalars['Boolean']['input']>;
  ticketId: Scalars['ID']['input'];
};

export type ReplyPayload = {
  __typename?: 'ReplyPayload';
  /** true when this reply auto-claimed the ticket for its author. */
  claimed: Scalars['Boolean']['output'];
  message: Message;
  ticket: Ticket;
};

/** The customer a ticket is for. Unique per workspace by email (case-insensitive). */
export type Requester = {
  __typename?: 'Requester';
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  tickets: TicketConnection;
};


/** The customer a ticket is for. Unique per workspace by email (case-insensitive). */
export type RequesterTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SignUpInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  /** A new workspace is created with the agent as OWNER. */
  workspaceName: Scalars['String']['input'];
};

export type Ticket = {
  __typename?: 'Ticket';
  /** null = in the Unassigned queue. */
  assignee?: Maybe<Member>;
  /** Every change of assignee since creation, oldest first; the first entry is the creation. */
  assignmentHistory: Array<AssignmentEvent>;
  category?: Maybe<Category>;
  channel: Channel;
  createdAt: Scalars['DateTime']['output'];
  /** The member who created it (null when it arrived through a channel). */
  createdBy?: Maybe<Member>;
  /** Plain text or basic Markdown, stored as written. */
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Replies and internal notes, oldest first. */
  messages: Array<Message>;
  /** Per-workspace number: 1, 2, 3 ... in each workspace, no gaps, no repeats. */
  number: Scalars['Int']['output'];
  priority: Priority;
  /** Globally unique across all workspaces: TK- and at least five digits, e.g. TK-00042. */
  reference: Scalars['String']['output'];
  requester: Requester;
  status: TicketStatus;
  subject: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  workspace: Workspace;
};


export type TicketAssignmentHistoryArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TicketMessagesArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TicketConnection = {
  __typename?: 'TicketConnection';
  edges: Array<TicketEdge>;
  nodes: Array<Ticket>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TicketEdge = {
  __typename?: 'TicketEdge';
  cursor: Scalars['String']['output'];
  node: Ticket;
};

export type TicketStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'PENDING'
  | 'SOLVED';

/**
 * INBOX: open or pending tickets of the workspace. MINE: open or pending, assigned to the viewer.
 * UNASSIGNED: open or pending with no assignee. ALL: every ticket.
 */
export type TicketView =
  | 'ALL'
  | 'INBOX'
  | 'MINE'
  | 'UNASSIGNED';

export type UpdateTicketInput = {
  /** null clears the category. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<Priority>;
  status?: InputMaybe<TicketStatus>;
  subject?: InputMaybe<Scalars['String']['input']>;
  ticketId: Scalars['ID']['input'];
};

export type Workspace = {
  __typename?: 'Workspace';
  categories: Array<Category>;
  id: Scalars['ID']['output'];
  /** Active members only unless includeInactive is true. This is the 'Assign to' list. By name, at most 500. */
  members: Array<Member>;
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};


export type WorkspaceMembersArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};
