import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { createApolloClient } from '../../app/apollo-client';
import { type Session, SessionProvider } from '../../app/session';
import { InboxPageDocument } from '../../gql/graphql';
import { InboxPage } from './InboxPage';

const workspace = { id: 'w1', name: 'Acme' };
const membership = { id: 'm1', name: 'Grace', role: 'AGENT' as const, active: true, workspace };
const session: Session = {
  agent: { id: 'a1', name: 'Grace', email: 'grace@example.com', memberships: [membership] },
  membership,
  memberships: [membership],
  switchWorkspace: () => undefined,
  signOut: async () => undefined,
};

function ticket(n: number) {
  return {
    __typename: 'Ticket' as const,
    id: `t${n}`,
    reference: `TK-0000${n}`,
    subject: `Ticket number ${n}`,
    priority: 'NORMAL',
    status: 'OPEN',
    createdAt: new Date(Date.now() - n * 60_000).toISOString(),
    requester: { __typename: 'Requester' as const, id: `r${n}`, name: null, email: `r${n}@example.com` },
    assignee: null,
  };
}

function page(
  view: string,
  after: string | undefined,
  nodes: ReturnType<typeof ticket>[],
  hasNextPage: boolean,
  unassigned = 3,
) {
  return {
    request: {
      query: InboxPageDocument,
      variables: { workspaceId: 'w1', view, first: 25, ...(after ? { after } : {}) },
    },
    result: {
      data: {
        tickets: {
          __typename: 'TicketConnection',
          totalCount: 3,
          pageInfo: { __typename: 'PageInfo', endCursor: nodes.at(-1)?.id ?? null, hasNextPage },
          nodes,
        },
        unassignedQueue: { __typename: 'TicketConnection', totalCount: unassigned },
      },
    },
  };
}

function renderInbox(search: string, mocks: MockedResponse[]) {
  const { hook, searchHook } = memoryLocation({ path: `/${search}` });
  render(
    <MockedProvider mocks={mocks} cache={createApolloClient().cache}>
      <Router hook={hook} searchHook={searchHook}>
        <SessionProvider session={session}>
          <InboxPage />
        </SessionProvider>
      </Router>
    </MockedProvider>,
  );
}

test('lists the view, counts, and appends the next page on Load more', async () => {
  renderInbox('?view=ALL', [
    page('ALL', undefined, [ticket(1), ticket(2)], true),
    page('ALL', 't2', [ticket(3)], false),
  ]);
  expect(await screen.findByRole('link', { name: 'TK-00001' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('All');
  expect(screen.getByRole('link', { name: 'All' })).toHaveAttribute('aria-current', 'page');
  expect(screen.getByRole('link', { name: /Unassigned/ })).toHaveTextContent('Unassigned3 tickets');
  expect(screen.getByText('Showing 2 of 3 tickets')).toBeInTheDocument();

  await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
  expect(await screen.findByRole('link', { name: 'TK-00003' })).toHaveFocus();
  expect(screen.getAllByRole('row')).toHaveLength(4); // header + 3 tickets
  expect(screen.getByText('3 tickets')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
});

test('says so when a view is empty', async () => {
  renderInbox('?view=UNASSIGNED', [page('UNASSIGNED', undefined, [], false, 0)]);
  expect(await screen.findByText('Nothing unassigned — nice.')).toBeInTheDocument();
});

test('shows the error with a Retry button', async () => {
  const failing = {
    ...page('MINE', undefined, [], false),
    result: undefined,
    error: new Error('Server is down'),
  };
  renderInbox('?view=MINE', [failing, page('MINE', undefined, [ticket(1)], false)]);
  expect(await screen.findByRole('alert')).toHaveTextContent('Server is down');
  await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
  expect(await screen.findByRole('link', { name: 'TK-00001' })).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});
