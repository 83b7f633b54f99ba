import { rowCounts } from '../../support/database-probes';
import { randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import {
  buildSchema as buildSchemaFromSdl,
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { buildDesklineSchema } from '../../../src/schema';
import { addAgent, PASSWORD, uniqueEmail, type Actor } from '../../support/factories';
import { startTestApi, type GraphQLResponse, type TestApi } from '../../support/test-server';
import { createCategory, REPLY } from '../ticket/helpers';

/**
 * Cross-workspace isolation, generated from the schema itself: every query and mutation that takes
 * an ID (an argument of type ID, or named …Id / …Ids, at any depth inside input objects) is called by
 * the owner of workspace B with that ID pointing at workspace A's object, one argument at a time and
 * all at once; every other argument is a valid value of B. Nothing of A may be read (null, or an error
 * NOT_FOUND / BAD_USER_INPUT / FORBIDDEN, and none of A's names, emails, subjects or bodies anywhere in
 * the answer) and nothing may change (A's rows, read with SQL, and, for a refused call, every table's
 * row count). A control call with B's own IDs must succeed, proving the other values are valid and the
 * refusals are about the ID.
 *
 * A new operation is covered without a new test. An ID argument this file cannot map to one of A's
 * objects, or a required argument it has no value for, fails the first test naming it.
 *
 * What it derives today (schema order; the kind of A's object each argument is pointed at):
 *   Query.requester(workspaceId): workspace
 *   Query.requesters(workspaceId): workspace
 *   Query.ticket(id): ticket
 *   Query.ticketByReference(reference): ticketReference   (a String, but it names one ticket)
 *   Query.tickets(workspaceId): workspace
 *   Query.unassignedQueue(workspaceId): workspace
 *   Query.workspace(id): workspace
 *   Mutation.createCategory(workspaceId): workspace
 *   Mutation.addMember(input.workspaceId): workspace
 *   Mutation.setMemberActive(memberId): member
 *   Mutation.replyToTicket(input.ticketId): ticket
 *   Mutation.createTicket(input.workspaceId): workspace
 *   Mutation.createTicket(input.categoryId): category
 *   Mutation.createTicket(input.assigneeId): member
 *   Mutation.assignTicket(assigneeId): member
 *   Mutation.assignTicket(ticketId): ticket
 *   Mutation.updateTicket(input.ticketId): ticket
 *   Mutation.updateTicket(input.categoryId): category
 * = 18 arguments of 14 operations, 42 calls with A's IDs (each ID alone and, where there are several,
 * all together; once with B's other values and once with A's look-up values) plus 14 controls.
 */

type Kind = 'workspace' | 'ticket' | 'ticketReference' | 'member' | 'category' | 'requester' | 'message';

/** How an ID argument is pointed at an object: by its name, whatever operation it is on. */
const KIND_BY_ARGUMENT: Record<string, Kind> = {
  workspaceId: 'workspace',
  ticketId: 'ticket',
  memberId: 'member',
  assigneeId: 'member',
  categoryId: 'category',
  requesterId: 'requester',
  messageId: 'message',
};
/** `id` names the object the field returns (ticket(id) → Ticket). */
const KIND_BY_TYPE: Record<string, Kind> = {
  Workspace: 'workspace',
  Ticket: 'ticket',
  Member: 'member',
  Category: 'category',
  Requester: 'requester',
  Message: 'message',
};
/** Strings that identify one object as surely as an ID does. */
const IDENTIFYING_STRINGS: Record<string, Kind> = { reference: 'ticketReference' };

interface IdArgument {
  root: 'Query' | 'Mutation';
  field: string;
  /** Argument name, then input field names: ['input', 'categoryId']. */
  path: string[];
  kind: Kind;
  list: boolean;
}

const isIdLike = (name: string, type: GraphQLInputType) =>
  getNamedType(type).name === 'ID' || /[a-z](Id|Ids)$/.test(name);
const label = (a: { root: string; field: string; path: string[] }) =>
  `${a.root}.${a.field}(${a.path.join('.')})`;

/**
 * Every ID argument of every query and mutation, with the kind of object it names; `problems` lists
 * those it cannot map (a new name: add it to KIND_BY_ARGUMENT, or to KIND_BY_TYPE for an `id`).
 */
function deriveIdArguments(schema: GraphQLSchema): { idArguments: IdArgument[]; problems: string[] } {
  const idArguments: IdArgument[] = [];
  const problems: string[] = [];
  for (const root of ['Query', 'Mutation'] as const) {
    const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(type?.getFields() ?? {})) {
      const visit = (input: GraphQLArgument | GraphQLInputField, path: string[], seen: Set<string>) => {
        const named = getNamedType(input.type);
        if (isInputObjectType(named)) {
          if (seen.has(named.name)) return; // a recursive input type: its fields were visited above
          for (const inner of Object.values(named.getFields()))
            visit(inner, [...path, inner.name], new Set([...seen, named.name]));
          return;
        }
        const list = isListType(getNullableType(input.type));
        const where = { root, field: field.name, path };
        if (isIdLike(input.name, input.type)) {
          const stem = input.name.replace(/Ids$/, 'Id');
          const kind =
            input.name === 'id' ? KIND_BY_TYPE[getNamedType(field.type).name] : KIND_BY_ARGUMENT[stem];
          if (kind) idArguments.push({ ...where, kind, list });
          else
            problems.push(
              `${label(where)} is an ID argument the cross-workspace sweep cannot map to an object of workspace A: ` +
                `add "${input.name === 'id' ? getNamedType(field.type).name : stem}" to ${input.name === 'id' ? 'KIND_BY_TYPE' : 'KIND_BY_ARGUMENT'} in ${__filename.split('/test/')[1] ?? __filename}`,
            );
        } else if (IDENTIFYING_STRINGS[input.name] && path.length === 1) {
          idArguments.push({ ...where, kind: IDENTIFYING_STRINGS[input.name] as Kind, list });
        }
      };
      for (const arg of field.args) visit(arg, [arg.name], new Set());
    }
  }
  return { idArguments, problems };
}

// ---------------------------------------------------------------------------------------------------
// Values for everything else.

interface Workspace {
  label: string;
  owner: Actor;
  teammate: Actor;
  ids: Record<Kind, string>;
  requesterEmail: string;
  /** Strings that must never reach another workspace's agent. */
  secrets: string[];
}

let counter = 0;
/**
 * Required arguments that are not IDs, by name (or field.path for one field only): valid for `from`
 * (B, or A for the look-ups a curious agent of B could type: A's customer's email). A required String
 * argument missing here fails the sweep.
 */
const VALUES: Record<string, (from: Workspace) => unknown> = {
  name: () => `Swept ${++counter}`,
  email: (from) => from.requesterEmail,
  'addMember.input.email': () => uniqueEmail('swept'),
  password: () => PASSWORD,
  // Optional, but a new agent needs one: an optional argument is set when named here with its field.
  'addMember.input.password': () => PASSWORD,
  requesterEmail: (from) => from.requesterEmail,
  subject: () => 'Swept subject',
  body: () => 'Swept body',
  search: (from) => from.requesterEmail.slice(0, 8),
  // Deactivating shows in A's rows if it ever lands there; re-activating an active member would not.
  active: () => false,
};

function valueFor(
  field: string,
  path: string[],
  type: GraphQLInputType,
  from: Workspace,
  problems: string[],
): unknown {
  const key = [field, ...path].join('.');
  const name = path.at(-1) as string;
  const make = VALUES[key] ?? VALUES[name];
  if (make) return make(from);
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]?.value;
  if (named.name === 'Boolean') return false;
  if (named.name === 'Int' || named.name === 'Float') return 1;
  problems.push(
    `no value for the required argument ${key} (${String(type)}): add one to VALUES in the cross-workspace sweep`,
  );
  return null;
}

/**
 * The arguments of one call: every ID argument names B's object of its kind except the targets,
 * which name A's; required arguments get valid values; optional ones without an ID inside are left out.
 */
function argumentsFor(
  field: GraphQLField<unknown, unknown>,
  ids: IdArgument[],
  targets: Set<string>,
  a: Workspace,
  b: Workspace,
  valuesFrom: Workspace,
  problems: string[],
) {
  const idAt = new Map(ids.filter((i) => i.field === field.name).map((i) => [i.path.join('.'), i]));
  const hasIdInside = (path: string[]) => [...idAt.keys()].some((p) => p.startsWith(`${path.join('.')}.`));
  const build = (
    input: GraphQLArgument | GraphQLInputField,
    path: string[],
  ): { set: boolean; value?: unknown } => {
    const id = idAt.get(path.join('.'));
    if (id) {
      const value = (targets.has(path.join('.')) ? a : b).ids[id.kind];
      return { set: true, value: id.list ? [value] : value };
    }
    const required = isNonNullType(input.type) && input.defaultValue === undefined;
    const named = getNamedType(input.type);
    if (isInputObjectType(named) && (required || hasIdInside(path))) {
      const object: Record<string, unknown> = {};
      for (const inner of Object.values(named.getFields())) {
        const built = build(inner, [...path, inner.name]);
        if (built.set) object[inner.name] = built.value;
      }
      return { set: true, value: isListType(getNullableType(input.type)) ? [object] : object };
    }
    if (!required)
      return VALUES[[field.name, ...path].join('.')]
        ? { set: true, value: valueFor(field.name, path, input.type, valuesFrom, problems) }
        : { set: false };
    return { set: true, value: valueFor(field.name, path, input.type, valuesFrom, problems) };
  };
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    const built = build(arg, [arg.name]);
    if (built.set) variables[arg.name] = built.value;
  }
  return variables;
}

/** Every field the answer can hold, three object levels down (enough to carry any of A's names out). */
function selection(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (!isCompositeType(named)) return '';
  if (!isObjectType(named)) return '__typename';
  const parts: string[] = [];
  for (const f of Object.values((named as GraphQLObjectType).getFields())) {
    if (f.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const inner = getNamedType(f.type);
    if (isScalarType(inner) || isEnumType(inner)) parts.push(f.name);
    else if (depth < 3) {
      const sub = selection(f.type, depth + 1);
      if (sub) parts.push(`${f.name} { ${sub} }`);
    }
  }
  return parts.join(' ');
}

function documentFor(
  root: 'Query' | 'Mutation',
  field: GraphQLField<unknown, unknown>,
  variables: Record<string, unknown>,
): string {
  const used = field.args.filter((arg) => arg.name in variables);
  const declarations = used.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = used.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const sub = selection(field.type);
  return `${root === 'Query' ? 'query' : 'mutation'} Sweep${declarations ? `(${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}${sub ? ` { ${sub} }` : ''} }`;
}

// ---------------------------------------------------------------------------------------------------

let api: TestApi;
let schema: GraphQLSchema;
let derived: ReturnType<typeof deriveIdArguments>;
let a: Workspace;

beforeAll(async () => {
  api = await startTestApi();
  schema = await buildDesklineSchema();
  derived = deriveIdArguments(schema);
  a = await workspace('A');
});
afterAll(() => api.close());

/** A workspace with an owner, a teammate, a category, a requester and two tickets with messages; every name in it unique. */
async function workspace(name: string): Promise<Workspace> {
  const tag = `${name}${randomBytes(4).toString('hex')}`;
  const ownerEmail = uniqueEmail(`owner-${tag}`);
  const signUp = await api.ok(
    `mutation ($input: SignUpInput!) { signUp(input: $input) { token agent { id memberships { id workspace { id slug } } } } }`,
    {
      input: {
        email: ownerEmail,
        password: PASSWORD,
        name: `Owner ${tag}`,
        workspaceName: `Workspace ${tag}`,
      },
    },
  );
  const membership = signUp.signUp.agent.memberships[0];
  const owner: Actor = {
    token: signUp.signUp.token,
    agentId: signUp.signUp.agent.id,
    memberId: membership.id,
    workspaceId: membership.workspace.id,
    email: ownerEmail,
  };
  const teammate = await addAgent(api, owner, { name: `Teammate ${tag}` });
  const category = await createCategory(api, owner, `Category ${tag}`);
  const requesterEmail = uniqueEmail(`customer-${tag}`);
  const CREATE = `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id reference requester { id } } }`;
  const assigned = (
    await api.ok(
      CREATE,
      {
        input: {
          workspaceId: owner.workspaceId,
          requesterEmail,
          requesterName: `Customer ${tag}`,
          subject: `Subject ${tag}`,
          description: `Description ${tag}`,
          categoryId: category.id,
          assigneeId: teammate.memberId,
        },
      },
      { as: owner.token },
    )
  ).createTicket;
  await api.ok(
    CREATE,
    { input: { workspaceId: owner.workspaceId, requesterEmail, subject: `Queued ${tag}`, assigneeId: null } },
    { as: owner.token },
  );
  const reply = await api.ok(
    REPLY,
    { input: { ticketId: assigned.id, body: `Reply ${tag}` } },
    { as: teammate.token },
  );
  await api.ok(
    REPLY,
    { input: { ticketId: assigned.id, body: `Note ${tag}`, internal: true } },
    { as: owner.token },
  );
  return {
    label: name,
    owner,
    teammate,
    requesterEmail,
    ids: {
      workspace: owner.workspaceId,
      ticket: assigned.id,
      ticketReference: assigned.reference,
      member: teammate.memberId,
      category: category.id,
      requester: assigned.requester.id,
      message: reply.replyToTicket.message.id,
    },
    secrets: [
      `Workspace ${tag}`,
      membership.workspace.slug,
      `Owner ${tag}`,
      `Teammate ${tag}`,
      `Category ${tag}`,
      `Customer ${tag}`,
      `Subject ${tag}`,
      `Description ${tag}`,
      `Queued ${tag}`,
      `Reply ${tag}`,
      `Note ${tag}`,
      ownerEmail,
      teammate.email,
      requesterEmail,
      assigned.reference,
    ],
  };
}

/** A's rows, straight from the database. */
async function rowsOf(w: Workspace): Promise<Record<string, unknown>> {
  const q = (sql: string) => api.db.dataSource.query(sql, [Number(w.ids.workspace)]) as Promise<unknown[]>;
  return {
    workspace: await q(`SELECT id, name, slug, ticket_counter FROM workspaces WHERE id = ?`),
    members: await q(
      `SELECT id, agent_id, name, role, active FROM members WHERE workspace_id = ? ORDER BY id`,
    ),
    categories: await q(`SELECT id, name FROM categories WHERE workspace_id = ? ORDER BY id`),
    requesters: await q(`SELECT id, email, name FROM requesters WHERE workspace_id = ? ORDER BY id`),
    tickets: await q(
      `SELECT id, number, subject, description, status, priority, category_id, requester_id, assignee_id, created_by_id, updated_at FROM tickets WHERE workspace_id = ? ORDER BY id`,
    ),
    messages: await q(
      `SELECT m.id, m.ticket_id, m.body, m.internal, m.author_member_id FROM messages m JOIN tickets t ON t.id = m.ticket_id WHERE t.workspace_id = ? ORDER BY m.id`,
    ),
    assignments: await q(
      `SELECT e.id, e.ticket_id, e.to_member_id FROM assignment_events e JOIN tickets t ON t.id = e.ticket_id WHERE t.workspace_id = ? ORDER BY e.id`,
    ),
  };
}

const TABLES = [
  'agents',
  'workspaces',
  'members',
  'categories',
  'requesters',
  'tickets',
  'messages',
  'assignment_events',
];

const REFUSALS = ['NOT_FOUND', 'BAD_USER_INPUT', 'FORBIDDEN'];

describe('cross-workspace sweep, derived from the schema', () => {
  it('finds every ID argument of every query and mutation and knows which of A’s objects each names', () => {
    expect(derived.problems).toEqual([]);
    // The derivation really walks arguments and input objects (not an empty list that passes by itself).
    expect(derived.idArguments.map(label)).toEqual(
      expect.arrayContaining([
        'Query.ticket(id)',
        'Query.tickets(workspaceId)',
        'Mutation.createTicket(input.categoryId)',
        'Mutation.assignTicket(assigneeId)',
        'Mutation.setMemberActive(memberId)',
      ]),
    );
  });

  it('refuses an ID argument it has no mapping for, naming it (so a new operation is noticed)', () => {
    const future = buildSchemaFromSdl(`
      type Query { ok: Boolean }
      input MergeInput { ticketId: ID!, into: IntoInput }
      input IntoInput { widgetId: ID, target: ID! }
      type Mutation { merge(input: MergeInput!): Boolean, tagTickets(tagIds: [ID!]!, ticketIds: [ID!]): Boolean }`);
    expect(deriveIdArguments(future).problems.map((p) => p.split(' is ')[0])).toEqual([
      'Mutation.merge(input.into.widgetId)',
      'Mutation.merge(input.into.target)',
      'Mutation.tagTickets(tagIds)',
    ]);
    expect(deriveIdArguments(future).idArguments.map(label)).toEqual([
      'Mutation.merge(input.ticketId)',
      'Mutation.tagTickets(ticketIds)',
    ]);
  });

  it('as B’s owner, every operation with one of A’s IDs reads nothing of A and changes nothing', async () => {
    expect(derived.problems).toEqual([]);
    const problems: string[] = [];
    const operations = new Map<string, { root: 'Query' | 'Mutation'; ids: IdArgument[] }>();
    for (const id of derived.idArguments) {
      const key = `${id.root}.${id.field}`;
      operations.set(key, { root: id.root, ids: [...(operations.get(key)?.ids ?? []), id] });
    }
    let attacks = 0;

    for (const [name, { root, ids }] of operations) {
      const field = (root === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields()[
        ids[0]?.field ?? ''
      ] as GraphQLField<unknown, unknown>;
      // A fresh B for each operation: its control call may change B (deactivate B's teammate, …).
      const b = await workspace('B');
      // One ID at a time, then all of them at once.
      const targetSets = ids.map((id) => [id.path.join('.')]);
      if (ids.length > 1) targetSets.push(ids.map((id) => id.path.join('.')));

      for (const targets of targetSets) {
        for (const valuesFrom of [b, a]) {
          const variables = argumentsFor(
            field,
            derived.idArguments,
            new Set(targets),
            a,
            b,
            valuesFrom,
            problems,
          );
          const query = documentFor(root, field, variables);
          const what = `${name} with A's ${targets.join(' + ')} (other values from ${valuesFrom.label}) ${JSON.stringify(variables)}`;
          const rowsBefore = await rowsOf(a);
          const countsBefore = await rowCounts(api.db, TABLES);
          const res: GraphQLResponse<Record<string, unknown>> = await api.execute(query, variables, {
            as: b.owner.token,
          });
          attacks++;

          const codes = res.errors?.map((e) => e.extensions?.code) ?? [];
          const result = res.data?.[field.name] ?? null;
          if (res.status >= 500) problems.push(`${what}: HTTP ${res.status}`);
          if (codes.some((c) => !REFUSALS.includes(c as string)))
            problems.push(`${what}: error codes ${codes.join(', ')} (expected only ${REFUSALS.join(' / ')})`);
          if (result !== null)
            problems.push(`${what}: answered ${JSON.stringify(result)} (expected null or a refusal)`);
          const text = JSON.stringify(res);
          const leaked = a.secrets.filter((secret) => text.includes(secret));
          if (leaked.length) problems.push(`${what}: the answer holds A's ${leaked.join(', ')}`);
          if (!isDeepStrictEqual(await rowsOf(a), rowsBefore)) problems.push(`${what}: A's rows changed`);
          if (codes.length && !isDeepStrictEqual(await rowCounts(api.db, TABLES), countsBefore))
            problems.push(
              `${what}: refused, yet wrote rows ${JSON.stringify(countsBefore)} → ${JSON.stringify(await rowCounts(api.db, TABLES))}`,
            );
        }
      }

      // Control: the same call with B's own IDs succeeds, so the values above are valid and the refusals are about A's IDs.
      const variables = argumentsFor(field, derived.idArguments, new Set(), a, b, b, problems);
      const control = await api.execute<Record<string, unknown>>(
        documentFor(root, field, variables),
        variables,
        { as: b.owner.token },
      );
      if (control.errors?.length || control.data?.[field.name] == null) {
        problems.push(
          `${name} with B's own IDs (control) did not succeed: ${JSON.stringify(control).slice(0, 500)} — fix its values in VALUES`,
        );
      }
    }

    expect(problems).toEqual([]);
    // 14 operations today; each ID alone and all together, with B's and with A's look-up values.
    expect(operations.size).toBeGreaterThanOrEqual(14);
    expect(attacks).toBeGreaterThanOrEqual(2 * derived.idArguments.length);
  });
});
