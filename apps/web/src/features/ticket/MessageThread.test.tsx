import { MockedProvider } from '@apollo/client/testing/react';
import { useFragment } from '@apollo/client/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createApolloClient } from '../../app/apollo-client';
import { MessageThread_LaterDocument, MessageThread_TicketFragmentDoc } from '../../gql/graphql';
import { ENTRIES_PAGE } from './later-entries';
import { MessageThread } from './MessageThread';

const message = (n: number) => ({
  __typename: 'Message' as const,
  id: String(n),
  body: `Message number ${n}`,
  internal: false,
  createdAt: '2026-12-01T10:00:00.000Z',
  authorMember: { __typename: 'Member' as const, id: 'm1', name: 'Grace' },
  authorRequester: null,
});

/** The thread as the ticket page shows it: read from the cache, so pages the cache appends show up. */
function CachedThread() {
  const { data, complete } = useFragment({
    fragment: MessageThread_TicketFragmentDoc,
    fragmentName: 'MessageThread_ticket',
    from: { __typename: 'Ticket', id: 't1' },
  });
  return complete ? <MessageThread ticket={data as never} /> : null;
}

function renderThread(count: number, later: ReturnType<typeof message>[]) {
  const cache = createApolloClient().cache;
  cache.writeFragment({
    fragment: MessageThread_TicketFragmentDoc,
    fragmentName: 'MessageThread_ticket',
    data: {
      __typename: 'Ticket',
      id: 't1',
      messages: Array.from({ length: count }, (_, i) => message(i + 1)),
    } as never,
  });
  const mocks = [
    {
      request: { query: MessageThread_LaterDocument, variables: { ticketId: 't1', after: String(count) } },
      result: { data: { ticket: { __typename: 'Ticket', id: 't1', messages: later } } },
    },
  ];
  render(
    <MockedProvider mocks={mocks} cache={cache}>
      <CachedThread />
    </MockedProvider>,
  );
}

describe('MessageThread', () => {
  it('offers the later messages of a long conversation, appends them, and stops offering once all are shown', async () => {
    renderThread(ENTRIES_PAGE, [message(101), message(102)]);
    expect(screen.getAllByRole('article')).toHaveLength(100);
    await userEvent.click(screen.getByRole('button', { name: 'Show later messages' }));
    expect(await screen.findByText('Message number 102')).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(102);
    expect(screen.getByText('Message number 1')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show later messages' })).toBeNull();
  });

  it('offers nothing more when the conversation fits in one page', () => {
    renderThread(3, []);
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Show later messages' })).toBeNull();
  });
});
