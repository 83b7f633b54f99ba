import { rowCounts } from '../../support/database-probes';
import fc from 'fast-check';
import { createTicket, signUpOwner, type Actor } from '../../support/factories';
import { startTestApi, type GraphQLResponse, type TestApi } from '../../support/test-server';

/**
 * Property-based: whatever arrives in a mutation's input (any unicode, control characters, huge
 * values, wrong JSON types), the answer is data or a contract error code other than
 * INTERNAL_SERVER_ERROR, never a 5xx, and a refused mutation leaves every table as it was.
 */
let api: TestApi;
let owner: Actor;
let ticketId: string;
beforeAll(async () => {
  api = await startTestApi();
  owner = await signUpOwner(api);
  ticketId = (await createTicket(api, owner)).id;
});
afterAll(() => api.close());

const CLIENT_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'UNAUTHENTICATED'];
const TABLES = [
  'agents',
  'workspaces',
  'members',
  'categories',
  'requesters',
  'tickets',
  'messages',
  'assignment_events',
  'auth_tokens',
];

/** Any JSON value, including ones of the wrong type for the field. */
const anyValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\t\n',
    'TK-1',
    '1',
    '-1',
    '0',
    '9007199254740993',
    'x'.repeat(70_000),
    '😀'.repeat(300),
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

async function expectHandled(res: GraphQLResponse<unknown>, before: Record<string, number>): Promise<void> {
  expect(res.status).toBeLessThan(500);
  if (res.errors?.length) {
    for (const error of res.errors) expect(CLIENT_CODES).toContain(error.extensions?.code);
    expect(JSON.stringify(res.errors)).not.toMatch(/SELECT|INSERT|stack|node_modules|\/src\//);
    expect(await rowCounts(api.db, TABLES)).toEqual(before);
  }
}

const runs = { numRuns: 60 };

describe('mutation inputs, fuzzed', () => {
  it('createTicket', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            requesterEmail: fc.oneof(anyValue, fc.emailAddress()),
            requesterName: anyValue,
            subject: anyValue,
            description: anyValue,
            priority: fc.oneof(anyValue, fc.constantFrom('LOW', 'URGENT')),
            categoryId: anyValue,
            assigneeId: fc.oneof(anyValue, fc.constant(owner.memberId)),
          },
          { requiredKeys: [] },
        ),
        async (fields) => {
          const before = await rowCounts(api.db, TABLES);
          const res = await api.execute(
            `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id } }`,
            {
              input: { workspaceId: owner.workspaceId, ...fields },
            },
            { as: owner.token },
          );
          await expectHandled(res, before);
        },
      ),
      runs,
    );
  });

  it('replyToTicket, assignTicket and updateTicket', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(anyValue, fc.constant(ticketId)),
        anyValue,
        anyValue,
        fc.constantFrom('reply', 'assign', 'update'),
        async (id, a, b, which) => {
          const before = await rowCounts(api.db, TABLES);
          const [query, variables] =
            which === 'reply'
              ? [
                  `mutation ($input: ReplyInput!) { replyToTicket(input: $input) { claimed } }`,
                  { input: { ticketId: id, body: a, internal: b } },
                ]
              : which === 'assign'
                ? [
                    `mutation ($t: ID!, $a: ID) { assignTicket(ticketId: $t, assigneeId: $a) { id } }`,
                    { t: id, a },
                  ]
                : [
                    `mutation ($input: UpdateTicketInput!) { updateTicket(input: $input) { id } }`,
                    { input: { ticketId: id, subject: a, status: b } },
                  ];
          await expectHandled(await api.execute(query, variables, { as: owner.token }), before);
        },
      ),
      runs,
    );
  });

  it('signUp, signIn, addMember and createCategory', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyValue,
        anyValue,
        anyValue,
        fc.constantFrom('signUp', 'signIn', 'addMember', 'createCategory'),
        async (a, b, c, which) => {
          const before = await rowCounts(api.db, TABLES);
          const [query, variables, as] =
            which === 'signUp'
              ? [
                  `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`,
                  { input: { email: a, password: b, name: c, workspaceName: c } },
                  null,
                ]
              : which === 'signIn'
                ? [
                    `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`,
                    { e: a, p: b },
                    null,
                  ]
                : which === 'addMember'
                  ? [
                      `mutation ($input: AddMemberInput!) { addMember(input: $input) { id } }`,
                      { input: { workspaceId: owner.workspaceId, email: a, name: b, password: c } },
                      owner.token,
                    ]
                  : [
                      `mutation ($w: ID!, $n: String!) { createCategory(workspaceId: $w, name: $n) { id } }`,
                      { w: a, n: b },
                      owner.token,
                    ];
          const res = await api.execute(query, variables, { as });
          // signIn's rate limit may answer RATE_LIMITED after many failures: also a contract code.
          if (res.errors?.some((e) => e.extensions?.code === 'RATE_LIMITED')) return;
          // A successful sign-in writes a token: only a refused call must leave the tables alone.
          await expectHandled(res, before);
        },
      ),
      runs,
    );
  });
});
