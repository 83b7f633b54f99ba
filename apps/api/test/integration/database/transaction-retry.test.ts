import { onTransactionAttempt, type TransactionAttempt } from '../../../src/database/database';
import { WorkspaceEntity } from '../../../src/modules/workspace/workspace.entity';
import { signUpOwner } from '../../support/factories';
import { testDialect } from '../../support/test-database';
import { startTestApi, type TestApi } from '../../support/test-server';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/**
 * A real deadlock: two transactions bump two counters in opposite order, each waiting for the
 * other after its first write. MySQL/MariaDB kills one (ER_LOCK_DEADLOCK); Database.transaction
 * must run that one again from the start, so both end up committed exactly once.
 * SQLite queues its writers, so there the same pair must simply commit one after the other.
 */
it('retries a deadlocked transaction whole, and both writes land exactly once', async () => {
  const [a, b] = await Promise.all([signUpOwner(api, 'Deadlock A'), signUpOwner(api, 'Deadlock B')]);
  const ids = [Number(a.workspaceId), Number(b.workspaceId)] as const;
  const attempts = { first: 0, second: 0 };
  let arrived = 0;
  let release!: () => void;
  const bothHoldALock = new Promise<void>((resolve) => (release = resolve));

  const bump = (order: readonly number[], counter: 'first' | 'second') =>
    api.db.transaction(async (tx) => {
      attempts[counter]++;
      const bumpOne = (id: number) =>
        tx
          .createQueryBuilder()
          .update(WorkspaceEntity)
          .set({ ticketCounter: () => 'ticket_counter + 1' })
          .where('id = :id', { id })
          .execute();
      await bumpOne(order[0] as number);
      if (++arrived === 2) release();
      // On SQLite the second transaction cannot start before the first commits: do not wait for it.
      if (testDialect === 'mysql')
        await Promise.race([bothHoldALock, new Promise((r) => setTimeout(r, 2000))]);
      await bumpOne(order[1] as number);
    });

  const heard: TransactionAttempt[] = [];
  const stopListening = onTransactionAttempt((attempt) => heard.push(attempt));
  try {
    await Promise.all([bump(ids, 'first'), bump([ids[1], ids[0]], 'second')]);
  } finally {
    stopListening();
  }

  const counters = await api.db.manager.findBy(
    WorkspaceEntity,
    ids.map((id) => ({ id })),
  );
  expect(counters.map((w) => w.ticketCounter)).toEqual([2, 2]);
  if (testDialect === 'mysql') {
    // Exactly one of them was chosen as the deadlock victim and ran twice.
    expect(attempts.first + attempts.second).toBe(3);
    // The hook heard each attempt: two commits and the victim's transient failure.
    expect(heard.map((a) => [a.outcome, a.transient]).sort()).toEqual([
      ['committed', false],
      ['committed', false],
      ['failed', true],
    ]);
  } else {
    expect(attempts).toEqual({ first: 1, second: 1 });
    expect(heard.map((a) => [a.outcome, a.transient])).toEqual([
      ['committed', false],
      ['committed', false],
    ]);
  }
});
