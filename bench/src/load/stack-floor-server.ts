/**
 * The least a server on Deskline's fixed stack can cost for the Unassigned queue, createTicket and
 * replyToTicket: Apollo Server 5's standalone server and graphql-js (cache control off, as in the API),
 * a schema written by hand with only the fields the bench's operations ask for, and resolvers that run
 * the raw baseline's statements (raw-operations.ts) and hand back its rows as they are. No
 * type-graphql, TypeORM, plugins, validation or loaders. Against the raw baseline it shows what HTTP,
 * Apollo and GraphQL execution cost by themselves, whatever the API's own code does. Run as its own process: `node dist/load/stack-floor-server.js <port> <database URL> <pool size>`.
 */
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { encodeQueueCursor, reference } from '../lib/bench-tokens';
import { parseTarget } from '../lib/database-target';
import { openMysqlDriver, openSqliteDriver } from './raw-driver';
import { createTicket, reply, unassignedQueue } from './raw-operations';

const typeDefs = `#graphql
  scalar DateTime
  enum Priority { LOW NORMAL HIGH URGENT }
  enum TicketStatus { OPEN PENDING RESOLVED CLOSED }
  type Requester { id: ID! name: String email: String! }
  type Member { id: ID! name: String! }
  type Ticket {
    id: ID! reference: String! subject: String! priority: Priority! status: TicketStatus! createdAt: DateTime!
    updatedAt: DateTime! requester: Requester! assignee: Member
  }
  type PageInfo { endCursor: String hasNextPage: Boolean! }
  type TicketConnection { totalCount: Int! pageInfo: PageInfo! nodes: [Ticket!]! }
  type Query { unassignedQueue(workspaceId: ID!, first: Int = 25, after: String): TicketConnection! }
  input CreateTicketInput {
    workspaceId: ID! subject: String! description: String priority: Priority requesterEmail: String!
    requesterName: String
  }
  input ReplyInput { ticketId: ID! body: String! internal: Boolean }
  type Message { id: ID! }
  type ReplyPayload { claimed: Boolean! message: Message! ticket: Ticket! }
  type Mutation {
    createTicket(input: CreateTicketInput!): Ticket!
    replyToTicket(input: ReplyInput!): ReplyPayload!
  }
`;

const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

type Row = Record<string, unknown>;

const iso = (value: unknown) => new Date(value as string | Date).toISOString();

function ticket(row: Row) {
  return {
    id: String(row['t_id']),
    reference: reference(Number(row['t_id'])),
    subject: row['t_subject'],
    priority: PRIORITIES[Number(row['t_priority'])],
    status: row['t_status'],
    createdAt: iso(row['t_created_at']),
    requester: { id: String(row['r_id']), name: row['r_name'], email: row['r_email'] },
    assignee: row['a_id'] == null ? null : { id: String(row['a_id']), name: row['a_name'] },
  };
}

async function main(): Promise<void> {
  const [port = '4103', url = '', poolSize = '10'] = process.argv.slice(2);
  const target = parseTarget(url);
  const db =
    target.dialect === 'mysql'
      ? openMysqlDriver(target.url, Number(poolSize))
      : openSqliteDriver(target.file);
  const apollo = new ApolloServer<{ token: string }>({
    typeDefs,
    // As in the API: the cache-control plugin wraps every field's resolver.
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled()],
    resolvers: {
      Query: {
        async unassignedQueue(
          _: unknown,
          args: { workspaceId: string; first: number },
          { token }: { token: string },
        ) {
          const { rows, total } = await unassignedQueue(db, { token }, Number(args.workspaceId), null);
          const nodes = rows.slice(0, args.first);
          const last = nodes[nodes.length - 1];
          return {
            totalCount: total,
            pageInfo: {
              endCursor: last ? encodeQueueCursor(Number(last['t_priority']), Number(last['t_id'])) : null,
              hasNextPage: rows.length > args.first,
            },
            nodes: nodes.map(ticket),
          };
        },
      },
      Mutation: {
        async createTicket(
          _: unknown,
          {
            input,
          }: { input: { workspaceId: string; requesterEmail: string; requesterName?: string | null } },
          { token }: { token: string },
        ) {
          const created = await createTicket(
            db,
            { token },
            Number(input.workspaceId),
            input.requesterEmail,
            input.requesterName ?? null,
          );
          const { requester } = created;
          return {
            id: String(created.ticketId),
            reference: reference(created.ticketId),
            requester: { id: String(requester['id']), email: requester['email'], name: requester['name'] },
          };
        },
        async replyToTicket(
          _: unknown,
          { input }: { input: { ticketId: string } },
          { token }: { token: string },
        ) {
          const replied = await reply(db, { token }, Number(input.ticketId));
          const { assignee } = replied;
          return {
            claimed: replied.claimed,
            message: { id: String(replied.messageId) },
            ticket: {
              id: String(replied.ticket['id']),
              updatedAt: iso(replied.ticket['updated_at']),
              assignee: assignee ? { id: String(assignee['id']), name: assignee['name'] } : null,
            },
          };
        },
      },
    },
  });
  await startStandaloneServer(apollo, {
    listen: { port: Number(port), host: '127.0.0.1' },
    context: async ({ req }) => ({ token: (req.headers.authorization ?? '').replace(/^Bearer /, '') }),
  });
  process.once('SIGTERM', () => {
    void apollo
      .stop()
      .then(() => db.close())
      .then(() => process.exit(0));
  });
}

void main();
