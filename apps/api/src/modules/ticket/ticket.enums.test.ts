import { isOpenStatus, Priority, priorityFromRank, priorityRank, TicketStatus } from './ticket.enums';

describe('priority ranks', () => {
  it('orders LOW < NORMAL < HIGH < URGENT so the queue can sort by rank', () => {
    const ranks = [Priority.LOW, Priority.NORMAL, Priority.HIGH, Priority.URGENT].map(priorityRank);
    expect(ranks).toEqual([0, 1, 2, 3]);
    expect(ranks.map(priorityFromRank)).toEqual([
      Priority.LOW,
      Priority.NORMAL,
      Priority.HIGH,
      Priority.URGENT,
    ]);
  });

  it('refuses an unknown rank instead of guessing', () => {
    expect(() => priorityFromRank(7)).toThrow('Unknown priority rank 7');
  });

  it('counts OPEN and PENDING as open', () => {
    expect(Object.values(TicketStatus).filter(isOpenStatus)).toEqual([
      TicketStatus.OPEN,
      TicketStatus.PENDING,
    ]);
  });
});
