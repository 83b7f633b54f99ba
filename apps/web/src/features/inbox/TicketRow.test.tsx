import { render, screen, within } from '@testing-library/react';
import { Router } from 'wouter';
import { makeFragmentData } from '../../gql';
import type { TicketRow_TicketFragment } from '../../gql/graphql';
import { TicketRow, TicketRowFragment } from './TicketRow';

const now = Date.parse('2025-06-10T12:00:00Z');

function renderRow(overrides: Partial<TicketRow_TicketFragment> = {}) {
  const ticket = makeFragmentData(
    {
      id: 't1',
      reference: 'TK-00042',
      subject: 'Printer on fire',
      priority: 'URGENT',
      status: 'OPEN',
      createdAt: new Date(now - 3 * 3_600_000).toISOString(),
      requester: { id: 'r1', name: 'Ada Lovelace', email: 'ada@example.com' },
      assignee: { id: 'm1', name: 'Grace Hopper' },
      ...overrides,
    },
    TicketRowFragment,
  );
  render(
    <Router>
      <table>
        <tbody>
          <TicketRow ticket={ticket} now={now} />
        </tbody>
      </table>
    </Router>,
  );
  return screen.getByRole('row');
}

test('shows the ticket with a link to it, words for the enums and its age', () => {
  const row = renderRow();
  expect(within(row).getByRole('link', { name: 'TK-00042' })).toHaveAttribute('href', '/t/TK-00042');
  expect(row).toHaveTextContent('Printer on fire');
  expect(row).toHaveTextContent('Ada Lovelace');
  expect(row).toHaveTextContent('Urgent');
  expect(row).toHaveTextContent('Open');
  expect(row).toHaveTextContent('Grace Hopper');
  const age = within(row).getByText('3 h');
  expect(age.tagName).toBe('TIME');
  expect(age).toHaveAttribute('dateTime', new Date(now - 3 * 3_600_000).toISOString());
});

test('falls back to the requester email and says Unassigned', () => {
  const row = renderRow({ requester: { id: 'r2', name: null, email: 'bob@example.com' }, assignee: null });
  expect(row).toHaveTextContent('bob@example.com');
  expect(row).toHaveTextContent('Unassigned');
});
