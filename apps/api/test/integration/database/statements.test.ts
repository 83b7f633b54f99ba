import { findOneBy, findOneByOrFail, insertOne, rows, statement, updateBy } from '../../../src/database';
import { AgentEntity } from '../../../src/modules/agent';
import { MemberEntity } from '../../../src/modules/member';
import { statementsSentDuring } from '../../support/database-probes';
import { startTestApi, type TestApi } from '../../support/test-server';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  for (const [i, email] of ['first@example.com', 'second@example.com'].entries()) {
    await api.ok(`mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`, {
      input: { email, password: 'a long password', name: `Agent ${i}`, workspaceName: `W${i}` },
    });
  }
});
afterAll(() => api.close());

// The SQL is built on the first call and reused: only the parameters may change what is read.
it('reads with each call’s own values, never the values of the call that built the SQL', async () => {
  const manager = api.db.manager;
  const first = await findOneBy(manager, AgentEntity, { email: 'first@example.com' });
  const second = await findOneBy(manager, AgentEntity, { email: 'second@example.com' });
  expect([first?.name, second?.name]).toEqual(['Agent 0', 'Agent 1']);
  expect(second?.createdAt).toBeInstanceOf(Date);
  expect(await findOneBy(manager, AgentEntity, { email: 'nobody@example.com' })).toBeNull();
  await expect(findOneByOrFail(manager, AgentEntity, { email: 'nobody@example.com' })).rejects.toThrow(
    'Could not find any entity',
  );
});

it('fails, rather than reading anything, when a parameter the SQL names is not given', async () => {
  const byEmail = statement<{ email?: string }>('test: agent by email', (manager) =>
    manager.createQueryBuilder(AgentEntity, 'a').where('a.email = :email'),
  );
  expect(await rows(api.db.manager, byEmail, { email: 'first@example.com' })).toHaveLength(1);
  await expect(rows(api.db.manager, byEmail, {})).rejects.toThrow();
});

// The hazard of a cache keyed by a caller's string: a second statement under a name already used ran
// the first one's SQL. Each declaration owns its SQL, whatever it is called.
it('runs each declared statement’s own SQL, even under the same name', async () => {
  const byEmail = statement<{ value: string }>('test: agent by', (manager) =>
    manager.createQueryBuilder(AgentEntity, 'a').where('a.email = :value'),
  );
  const byName = statement<{ value: string }>('test: agent by', (manager) =>
    manager.createQueryBuilder(AgentEntity, 'a').where('a.name = :value'),
  );
  expect(await rows(api.db.manager, byEmail, { value: 'first@example.com' })).toHaveLength(1);
  expect(await rows(api.db.manager, byName, { value: 'Agent 1' })).toMatchObject([
    { a_email: 'second@example.com' },
  ]);
  expect(await rows(api.db.manager, byName, { value: 'first@example.com' })).toEqual([]);
});

it('binds parameters only outside string literals: a :word inside quotes is text', async () => {
  const withLiteral = statement<{ email: string }>('test: literal colon', (manager) =>
    manager
      .createQueryBuilder(AgentEntity, 'a')
      .select("'at :email, not bound'", 'note')
      .where('a.email = :email'),
  );
  expect(await rows(api.db.manager, withLiteral, { email: 'first@example.com' })).toEqual([
    { note: 'at :email, not bound' },
  ]);
});

it('sends one SQL text per shape, the values bound apart from it, so each database compiles it once', async () => {
  const manager = api.db.manager;
  const [first, second] = [
    await findOneBy(manager, AgentEntity, { email: 'first@example.com' }),
    await findOneBy(manager, AgentEntity, { email: 'second@example.com' }),
  ];
  const sent = await statementsSentDuring(api.db, async () => {
    await findOneBy(manager, AgentEntity, { id: first?.id as number });
    await findOneBy(manager, AgentEntity, { id: second?.id as number });
  });
  expect(sent).toHaveLength(2);
  expect(sent[1]?.sql).toBe(sent[0]?.sql);
  expect(sent.map((s) => s.parameters)).toEqual([[first?.id], [second?.id]]);
});

it('writes each call’s own values, dates to the millisecond and booleans as both databases store them', async () => {
  const at = [new Date('2026-03-04T05:06:07.089Z'), new Date('2027-01-02T03:04:05.678Z')];
  const ids = await api.db.transaction(async (tx) => [
    await insertOne(tx, AgentEntity, {
      email: 'written-1@example.com',
      name: 'One',
      passwordHash: 'x',
      createdAt: at[0],
    }),
    await insertOne(tx, AgentEntity, {
      email: 'written-2@example.com',
      name: 'Two',
      passwordHash: 'x',
      createdAt: at[1],
    }),
  ]);
  const read = async (id: number | undefined) =>
    findOneByOrFail(api.db.manager, AgentEntity, { id: id as number });
  expect([(await read(ids[0])).createdAt, (await read(ids[1])).createdAt]).toEqual(at);
  expect(
    await api.db.transaction((tx) =>
      updateBy(tx, AgentEntity, { id: ids[1] as number }, { name: 'Renamed' }),
    ),
  ).toBe(1);
  expect([(await read(ids[0])).name, (await read(ids[1])).name]).toEqual(['One', 'Renamed']);

  const member = await findOneByOrFail(api.db.manager, MemberEntity, { role: 'OWNER' });
  for (const active of [false, true]) {
    await api.db.transaction((tx) => updateBy(tx, MemberEntity, { id: member.id }, { active }));
    expect((await findOneByOrFail(api.db.manager, MemberEntity, { id: member.id })).active).toBe(active);
    expect(await findOneBy(api.db.manager, MemberEntity, { id: member.id, active })).not.toBeNull();
  }
});

it('writes only inside a transaction, the one way to write', async () => {
  await expect(
    insertOne(api.db.manager, AgentEntity, {
      email: 'outside@example.com',
      name: 'Out',
      passwordHash: 'x',
      createdAt: new Date(),
    }),
  ).rejects.toThrow(/outside a transaction/);
  expect(await findOneBy(api.db.manager, AgentEntity, { email: 'outside@example.com' })).toBeNull();
});
