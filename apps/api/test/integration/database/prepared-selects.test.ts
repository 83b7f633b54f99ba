import { findOneBy, findOneByOrFail, preparedRows } from '../../../src/database/prepared-selects';
import { AgentEntity } from '../../../src/modules/agent/agent.entity';
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
  await expect(findOneByOrFail(manager, AgentEntity, { email: 'nobody@example.com' })).rejects.toThrow('Could not find any entity');
});

it('fails, rather than reading anything, when a parameter the SQL names is not given', async () => {
  const build = () => api.db.manager.createQueryBuilder(AgentEntity, 'a').where('a.email = :email');
  expect(await preparedRows(api.db.manager, 'test:agent-by-email', build, { email: 'first@example.com' })).toHaveLength(1);
  await expect(preparedRows(api.db.manager, 'test:agent-by-email', build, {})).rejects.toThrow();
});
