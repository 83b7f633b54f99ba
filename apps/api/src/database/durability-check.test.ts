import { assertDurableMysql, UnsafeDurability } from './durability-check';

const answering = (flush: number | string) => async () => [{ flush }];

describe('assertDurableMysql', () => {
  it('accepts innodb_flush_log_at_trx_commit = 1', async () => {
    await expect(assertDurableMysql(answering(1), false)).resolves.toBeUndefined();
    await expect(assertDurableMysql(answering('1'), false)).resolves.toBeUndefined();
  });

  it.each([0, 2])('refuses %i with a message naming the setting and the override', async (flush) => {
    await expect(assertDurableMysql(answering(flush), false)).rejects.toThrow(UnsafeDurability);
    await expect(assertDurableMysql(answering(flush), false)).rejects.toThrow(
      /innodb_flush_log_at_trx_commit = \d.*DATABASE_ALLOW_UNSAFE_DURABILITY=true/s,
    );
  });

  it('lets the documented override through', async () => {
    await expect(assertDurableMysql(answering(2), true)).resolves.toBeUndefined();
  });
});
