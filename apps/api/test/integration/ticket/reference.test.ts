import { createTicket, signUpOwner } from '../../support/factories';
import { startTestApi, type TestApi } from '../../support/test-server';
import { errorOf } from './helpers';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const BY_REFERENCE = `query ($r: String!) { ticketByReference(reference: $r) { id number reference subject } }`;
const BY_ID = `query ($id: ID!) { ticket(id: $id) { id number reference subject } }`;

describe('ticket references', () => {
  // Runs first: this file's database is fresh, so the global ids (and references) start at 1.
  it('finds TK-00042 as "TK-00042", " tk-42 ", "tk-00042" and "TK-42"', async () => {
    const owner = await signUpOwner(api);
    let ticket = await createTicket(api, owner, { subject: 'The answer' });
    while (Number(ticket.id) < 42) ticket = await createTicket(api, owner, { subject: 'The answer' });
    expect(ticket.reference).toBe('TK-00042');
    const expected = { id: ticket.id, number: ticket.number, reference: 'TK-00042', subject: 'The answer' };

    for (const reference of ['TK-00042', ' tk-42 ', 'tk-00042', 'TK-42', 'Tk-042', '\tTK-0000042\n']) {
      const data = await api.ok(BY_REFERENCE, { r: reference }, { as: owner.token });
      expect({ reference, found: data.ticketByReference }).toEqual({ reference, found: expected });
    }
  });

  it('gives every ticket TK- plus its global id padded to five digits, unique across workspaces', async () => {
    const a = await signUpOwner(api);
    const b = await signUpOwner(api);
    const tickets = [await createTicket(api, a), await createTicket(api, b), await createTicket(api, a)];
    for (const t of tickets) expect(t.reference).toBe(`TK-${t.id.padStart(5, '0')}`);
    expect(tickets.map((t) => t.number)).toEqual([1, 1, 2]);
    expect(new Set(tickets.map((t) => t.reference)).size).toBe(3);
    const viaId = await api.ok(BY_ID, { id: tickets[0].id }, { as: a.token });
    expect(viaId.ticket).toEqual({
      id: tickets[0].id,
      number: 1,
      reference: tickets[0].reference,
      subject: 'Cannot log in',
    });
  });

  it('answers null, not an error, for unknown or malformed references', async () => {
    const owner = await signUpOwner(api);
    await createTicket(api, owner);
    const nowhere = [
      'TK-99999',
      'TK-0',
      'TK-00000',
      'TK-',
      'TK',
      '',
      '   ',
      'hello',
      'TK-42x',
      'TK-4 2',
      'TK-1e3',
      'TK--42',
      'TK-+42',
      'TK-99999999999999999999',
      '42; DROP TABLE tickets',
    ];
    for (const reference of nowhere) {
      const res = await api.execute(BY_REFERENCE, { r: reference }, { as: owner.token });
      expect({ reference, res }).toEqual({
        reference,
        res: { status: 200, data: { ticketByReference: null } },
      });
    }
  });

  it('answers null for another workspace’s reference, and for its ticket id', async () => {
    const mine = await signUpOwner(api);
    const theirs = await signUpOwner(api);
    const foreign = await createTicket(api, theirs, { subject: 'Secret' });
    for (const reference of [foreign.reference, foreign.reference.toLowerCase(), `TK-${foreign.id}`]) {
      expect((await api.ok(BY_REFERENCE, { r: reference }, { as: mine.token })).ticketByReference).toBeNull();
    }
    expect((await api.ok(BY_ID, { id: foreign.id }, { as: mine.token })).ticket).toBeNull();
    expect(
      (await api.ok(BY_REFERENCE, { r: foreign.reference }, { as: theirs.token })).ticketByReference.subject,
    ).toBe('Secret');
  });

  it('answers null for unknown or malformed ticket ids', async () => {
    const owner = await signUpOwner(api);
    const ticket = await createTicket(api, owner);
    for (const id of [
      '987654321',
      '0',
      '-1',
      'abc',
      '1.0',
      '1e3',
      ticket.reference,
      '99999999999999999999',
      '',
    ]) {
      const res = await api.execute(BY_ID, { id }, { as: owner.token });
      expect({ id, res }).toEqual({ id, res: { status: 200, data: { ticket: null } } });
    }
  });

  it('needs a token for both lookups', async () => {
    const owner = await signUpOwner(api);
    const ticket = await createTicket(api, owner);
    expect(errorOf(await api.execute(BY_REFERENCE, { r: ticket.reference }))).toEqual({
      code: 'UNAUTHENTICATED',
    });
    expect(errorOf(await api.execute(BY_ID, { id: ticket.id }))).toEqual({ code: 'UNAUTHENTICATED' });
  });
});
