import { MockedProvider } from '@apollo/client/testing/react';
import { useFragment } from '@apollo/client/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createApolloClient } from '../../app/apollo-client';
import { AssignmentTimeline_LaterDocument, AssignmentTimeline_TicketFragmentDoc } from '../../gql/graphql';
import { AssignmentTimeline } from './AssignmentTimeline';
import { ENTRIES_PAGE } from './later-entries';

const member = (id: string, name: string) => ({ __typename: 'Member' as const, id, name });
const event = (n: number) => ({
  __typename: 'AssignmentEvent' as const,
  id: String(n),
  via: n === 1 ? 'CREATE' : 'ASSIGN',
  createdAt: '2026-12-01T10:00:00.000Z',
  actor: member('m1', 'Grace'),
  from: n === 1 ? null : member('m1', 'Grace'),
  to: member(`m${n + 1}`, `Tom ${n}`),
});

function CachedTimeline() {
  const { data, complete } = useFragment({
    fragment: AssignmentTimeline_TicketFragmentDoc,
    fragmentName: 'AssignmentTimeline_ticket',
    from: { __typename: 'Ticket', id: 't1' },
  });
  return complete ? <AssignmentTimeline ticket={data as never} /> : null;
}

function renderTimeline(count: number, later: ReturnType<typeof event>[]) {
  const cache = createApolloClient().cache;
  cache.writeFragment({
    fragment: AssignmentTimeline_TicketFragmentDoc,
    fragmentName: 'AssignmentTimeline_ticket',
    data: {
      __typename: 'Ticket',
      id: 't1',
      assignmentHistory: Array.from({ length: count }, (_, i) => event(i + 1)),
    } as never,
  });
  const mocks = [
    {
      request: {
        query: AssignmentTimeline_LaterDocument,
        variables: { ticketId: 't1', after: String(count) },
      },
      result: { data: { ticket: { __typename: 'Ticket', id: 't1', assignmentHistory: later } } },
    },
  ];
  render(
    <MockedProvider mocks={mocks} cache={cache}>
      <CachedTimeline />
    </MockedProvider>,
  );
}

describe('AssignmentTimeline', () => {
  it('offers the later entries of a long history, appends them, and stops offering once all are shown', async () => {
    renderTimeline(ENTRIES_PAGE, [event(101), event(102)]);
    expect(screen.getAllByRole('listitem')).toHaveLength(100);
    await userEvent.click(screen.getByRole('button', { name: 'Show later history' }));
    expect(await screen.findByText(/Tom 102/)).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(102);
    expect(screen.queryByRole('button', { name: 'Show later history' })).toBeNull();
  });

  it('offers nothing more when the history fits in one page', () => {
    renderTimeline(2, []);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Show later history' })).toBeNull();
  });
});
