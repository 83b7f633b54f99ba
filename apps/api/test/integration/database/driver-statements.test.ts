import { findOneBy, findOneByOrFail, insertOne } from '../../../src/database';
import { readRows } from '../../../src/database/driver-statements';
import { AgentEntity } from '../../../src/modules/agent/agent.entity';
import { MemberEntity } from '../../../src/modules/member/member.entity';
import { TicketEntity } from '../../../src/modules/ticket/ticket.entity';
import { createTicket, signUpOwner } from '../../support/factories';
import { startTestApi, type TestApi } from '../../support/test-server';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

it('reads inside a transaction on its connection: the transaction sees its own row, nobody else does yet', async () => {
  const email = `uncommitted-${Date.now()}@example.com`;
  let seenInside: AgentEntity | null = null;
  let seenOutside: AgentEntity | null = null;
  await api.db.transaction(async (tx) => {
    await insertOne(tx, AgentEntity, { email, name: 'Pending', passwordHash: 'x', createdAt: new Date() });
    seenInside = await findOneBy(tx, AgentEntity, { email });
    // SQLite has one connection, shared by everyone: only MySQL keeps the row to the transaction.
    if (api.db.dialect === 'mysql') seenOutside = await findOneBy(api.db.manager, AgentEntity, { email });
  });
  expect(seenInside).toMatchObject({ email, name: 'Pending' });
  expect(seenOutside).toBeNull();
  expect(await findOneBy(api.db.manager, AgentEntity, { email })).toMatchObject({ email });
});

it('gives every connection back to the pool, after a failed read too', async () => {
  // Three times the pool's 20 connections: one kept back per read would leave the last reads waiting forever.
  const reads = Array.from({ length: 60 }, (_, i) =>
    i % 2 === 0
      ? readRows(api.db.manager, 'SELECT no_such_column FROM agents', [])
      : readRows(api.db.manager, 'SELECT 1 AS one', []),
  );
  const settled = await Promise.allSettled(reads);
  expect(settled.filter((s) => s.status === 'rejected')).toHaveLength(30);
  expect(
    settled
      .filter((s) => s.status === 'fulfilled')
      .map((s) => (s as PromiseFulfilledResult<Record<string, unknown>[]>).value[0]?.['one']),
  ).toEqual(Array(30).fill(1));
  expect(await readRows(api.db.manager, 'SELECT 2 AS two', [])).toEqual([{ two: 2 }]);
});

it('reads entities exactly as TypeORM reads them: booleans, dates to the millisecond, nulls, numbers and text', async () => {
  const owner = await signUpOwner(api);
  const ticket = await createTicket(api, owner, {
    subject: 'Reader check',
    requesterEmail: 'reader@example.com',
  });
  const id = Number(ticket.id);
  expect(await findOneByOrFail(api.db.manager, TicketEntity, { id })).toEqual(
    await api.db.manager.findOneByOrFail(TicketEntity, { id }),
  );
  const member = await findOneByOrFail(api.db.manager, MemberEntity, { id: Number(owner.memberId) });
  expect(member).toEqual(await api.db.manager.findOneByOrFail(MemberEntity, { id: Number(owner.memberId) }));
  expect(member.active).toBe(true);
  expect(member.createdAt).toBeInstanceOf(Date);
});
