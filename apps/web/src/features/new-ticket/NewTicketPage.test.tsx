import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { type Session, SessionProvider } from '../../app/session';
import {
  NewTicketForm_CreateDocument,
  NewTicketPageDocument,
  RequesterEmailField_KnownDocument,
  RequesterEmailField_SuggestionsDocument,
} from '../../gql/graphql';
import { NewTicketPage } from './NewTicketPage';

// The real Markdown renderer is an ESM-only library loaded lazily; the preview only needs to show it is used.
jest.mock('../../ui/Markdown', () => ({
  Markdown: (props: { source: string }) => <div data-testid="markdown">{props.source}</div>,
}));

const WORKSPACE = { __typename: 'Workspace', id: 'w1', name: 'Acme support' };
const me = { id: 'm-me', name: 'Alex Agent', role: 'AGENT' as const, active: true, workspace: WORKSPACE };

const session: Session = {
  agent: { id: 'a1', name: 'Alex Agent', email: 'alex@acme.test', memberships: [me] },
  membership: me,
  memberships: [me],
  switchWorkspace: () => undefined,
  signOut: async () => undefined,
};

const pageMock: MockLink.MockedResponse = {
  request: { query: NewTicketPageDocument, variables: { workspaceId: 'w1' } },
  result: {
    data: {
      workspace: {
        __typename: 'Workspace',
        id: 'w1',
        categories: [
          { __typename: 'Category', id: 'c1', name: 'Billing' },
          { __typename: 'Category', id: 'c2', name: 'Hardware' },
        ],
        members: [
          { __typename: 'Member', id: 'm-sam', name: 'Sam Support', active: true },
          { __typename: 'Member', id: 'm-me', name: 'Alex Agent', active: true },
          { __typename: 'Member', id: 'm-old', name: 'Olly Gone', active: false },
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

type Requester = { id: string; email: string; name: string | null };
const PAT: Requester = { id: 'r1', email: 'pat@example.com', name: 'Pat Doe' };
const PAULA: Requester = { id: 'r2', email: 'paula@example.com', name: null };
const asRequester = (r: Requester) => ({ __typename: 'Requester', ...r });

/** Suggestions and exact lookups answered from a small list of known requesters, for any search. */
function requesterMocks(known: Requester[]): MockLink.MockedResponse[] {
  return [
    {
      request: { query: RequesterEmailField_SuggestionsDocument, variables: () => true },
      result: (vars: Record<string, string>) => ({
        data: {
          requesters: known.filter((r) => r.email.startsWith(vars.search!.toLowerCase())).map(asRequester),
        },
      }),
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: RequesterEmailField_KnownDocument, variables: () => true },
      result: (vars: Record<string, string>) => {
        const found = known.find((r) => r.email === vars.email!.toLowerCase());
        return { data: { requester: found ? asRequester(found) : null } };
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  ];
}

function renderPage(mocks: MockLink.MockedResponse[] = []) {
  const location = memoryLocation({ path: '/new', record: true });
  const user = userEvent.setup();
  render(
    <MockedProvider
      mocks={[pageMock, ...requesterMocks([PAT, PAULA]), ...mocks]}
      mockLinkDefaultOptions={{ delay: 0 }}
    >
      <SessionProvider session={session}>
        <Router hook={location.hook}>
          <NewTicketPage />
        </Router>
      </SessionProvider>
    </MockedProvider>,
  );
  return { user, location };
}

async function formReady() {
  return screen.findByRole('button', { name: 'Create ticket' });
}

const emailBox = () => screen.getByRole('combobox', { name: /requester email/i });

/** A createTicket mock that records the variables it was sent. */
function createMock(result: MockLink.MockedResponse['result']) {
  const sent = jest.fn();
  const mock: MockLink.MockedResponse = {
    request: { query: NewTicketForm_CreateDocument, variables: () => true },
    result: (vars: Record<string, unknown>) => {
      sent(vars);
      return typeof result === 'function' ? result(vars) : result!;
    },
  };
  return { mock, sent };
}

const created = {
  data: {
    createTicket: {
      __typename: 'Ticket',
      id: 't1',
      reference: 'TK-00042',
      requester: asRequester({ id: 'r9', email: 'new@example.com', name: null }),
    },
  },
};

describe('NewTicketPage', () => {
  it('starts with priority Normal and Assign to = Me', async () => {
    renderPage();
    await formReady();
    expect(screen.getByRole('combobox', { name: 'Priority' })).toHaveValue('NORMAL');
    expect(screen.getByRole('combobox', { name: 'Assign to' })).toHaveValue('m-me');
    expect(screen.getByRole('option', { name: 'Me (Alex Agent)' })).toHaveProperty('selected', true);
    expect(screen.getByRole('combobox', { name: /category/i })).toHaveValue('');
    expect(
      within(screen.getByRole('combobox', { name: /category/i }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['None', 'Billing', 'Hardware']);
  });

  it('offers every active member plus Nobody in Assign to', async () => {
    renderPage();
    await formReady();
    const options = within(screen.getByRole('combobox', { name: 'Assign to' })).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Me (Alex Agent)',
      'Sam Support',
      'Nobody (Unassigned queue)',
    ]);
  });

  it('explains what is missing, keeps the focus on it and sends nothing', async () => {
    const { mock, sent } = createMock(created);
    const { user } = renderPage([mock]);
    await user.click(await formReady());
    expect(emailBox()).toHaveAccessibleDescription(/Enter the requester’s email/);
    expect(emailBox()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: /subject/i })).toHaveAccessibleDescription('Enter a subject.');
    await waitFor(() => expect(emailBox()).toHaveFocus());

    await user.type(emailBox(), 'not-an-email');
    await user.type(screen.getByRole('textbox', { name: /subject/i }), 'x'.repeat(251));
    await user.click(screen.getByRole('button', { name: 'Create ticket' }));
    expect(emailBox()).toHaveAccessibleDescription(/email address like name@example.com/);
    expect(screen.getByRole('textbox', { name: /subject/i })).toHaveAccessibleDescription(
      /at most 250 characters/,
    );
    expect(sent).not.toHaveBeenCalled();
  });

  it('suggests known requesters as the email is typed and picks one with the keyboard', async () => {
    const { user } = renderPage();
    await formReady();
    await user.type(emailBox(), 'pa');
    const list = await screen.findByRole('listbox', { name: 'Known requesters' });
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['pat@example.comPat Doe', 'paula@example.com']);
    expect(emailBox()).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(emailBox()).toHaveAttribute('aria-activedescendant', within(list).getAllByRole('option')[1]!.id);
    await user.keyboard('{Enter}');
    expect(emailBox()).toHaveValue('paula@example.com');
    expect(emailBox()).toHaveAttribute('aria-expanded', 'false');
    // A known requester without a name: the name typed here fills it in.
    expect(
      await screen.findByText(/Known requester\. The ticket is added to their history/),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /requester name/i })).toHaveAccessibleDescription(
      /no name yet/,
    );
  });

  it('says when the email is a known requester and that their name stays as it is', async () => {
    const { user } = renderPage();
    await formReady();
    await user.type(emailBox(), 'PAT@example.com');
    expect(
      await screen.findByText('Known requester: Pat Doe. The ticket is added to their history.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /requester name/i })).toHaveAccessibleDescription(
      /Pat Doe’s name stays as it is/,
    );

    await user.clear(emailBox());
    await user.type(emailBox(), 'someone.new@example.com');
    expect(await screen.findByText('New requester: they are added when you save.')).toBeInTheDocument();
    expect(screen.queryByText(/name stays as it is/)).not.toBeInTheDocument();
  });

  it('sends the right createTicket variables and opens the new ticket', async () => {
    const { mock, sent } = createMock(created);
    const { user, location } = renderPage([mock]);
    await formReady();
    await user.type(emailBox(), '  new@example.com ');
    await user.type(screen.getByRole('textbox', { name: /requester name/i }), ' Nia New ');
    await user.type(screen.getByRole('textbox', { name: /subject/i }), '  Printer on fire ');
    await user.type(screen.getByRole('textbox', { name: /description/i }), 'It is **really** on fire.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Priority' }), 'High');
    await user.selectOptions(screen.getByRole('combobox', { name: /category/i }), 'Hardware');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Assign to' }),
      'Nobody (Unassigned queue)',
    );
    await user.click(screen.getByRole('button', { name: 'Create ticket' }));

    await waitFor(() => expect(location.history).toContain('/t/TK-00042'));
    expect(sent).toHaveBeenCalledTimes(1);
    expect(sent.mock.calls[0][0]).toStrictEqual({
      input: {
        workspaceId: 'w1',
        requesterEmail: 'new@example.com',
        requesterName: 'Nia New',
        subject: 'Printer on fire',
        description: 'It is **really** on fire.',
        priority: 'HIGH',
        categoryId: 'c2',
        assigneeId: null,
      },
    });
  });

  it('leaves assigneeId out when the ticket stays with me', async () => {
    const first = createMock(created);
    const { user } = renderPage([first.mock]);
    await formReady();
    await user.type(emailBox(), 'new@example.com');
    await user.type(screen.getByRole('textbox', { name: /subject/i }), 'Mine');
    await user.click(screen.getByRole('button', { name: 'Create ticket' }));
    await waitFor(() => expect(first.sent).toHaveBeenCalledTimes(1));
    expect(first.sent.mock.calls[0][0]).toStrictEqual({
      input: {
        workspaceId: 'w1',
        requesterEmail: 'new@example.com',
        subject: 'Mine',
        description: '',
        priority: 'NORMAL',
      },
    });
  });

  it("sends another member's id as assigneeId", async () => {
    const { mock, sent } = createMock(created);
    const { user } = renderPage([mock]);
    await formReady();
    await user.type(emailBox(), 'new@example.com');
    await user.type(screen.getByRole('textbox', { name: /subject/i }), 'For Sam');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Assign to' }), 'Sam Support');
    await user.click(screen.getByRole('button', { name: 'Create ticket' }));
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    expect(sent.mock.calls[0][0].input.assigneeId).toBe('m-sam');
  });

  it("shows the server's error next to the field it names and keeps what was typed", async () => {
    const { mock } = createMock({
      errors: [
        {
          message: 'requesterEmail must be an email address of at most 254 characters.',
          extensions: { code: 'BAD_USER_INPUT', field: 'requesterEmail' },
        },
      ],
    });
    const { user, location } = renderPage([mock]);
    await formReady();
    await user.type(emailBox(), 'odd@example.c0m');
    await user.type(screen.getByRole('textbox', { name: /subject/i }), 'Keep me');
    await user.click(screen.getByRole('button', { name: 'Create ticket' }));

    await waitFor(() =>
      expect(emailBox()).toHaveAccessibleDescription(/must be an email address of at most 254 characters/),
    );
    expect(emailBox()).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(emailBox()).toHaveFocus());
    expect(emailBox()).toHaveValue('odd@example.c0m');
    expect(screen.getByRole('textbox', { name: /subject/i })).toHaveValue('Keep me');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(location.history).toEqual(['/new']);
    expect(screen.getByRole('button', { name: 'Create ticket' })).toBeEnabled();
  });

  it('shows an error without a field above the Create button', async () => {
    const { mock } = createMock({
      errors: [{ message: 'You are not a member of this workspace.', extensions: { code: 'FORBIDDEN' } }],
    });
    const { user } = renderPage([mock]);
    await formReady();
    await user.type(emailBox(), 'new@example.com');
    await user.type(screen.getByRole('textbox', { name: /subject/i }), 'Hello');
    await user.click(screen.getByRole('button', { name: 'Create ticket' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not a member of this workspace.');
    expect(screen.getByRole('textbox', { name: /subject/i })).toHaveValue('Hello');
  });

  it('previews the description as Markdown and goes back to editing', async () => {
    const { user } = renderPage();
    await formReady();
    await user.type(screen.getByRole('textbox', { name: /description/i }), '# Steps');
    const toggle = screen.getByRole('button', { name: 'Preview' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(
      within(screen.getByRole('region', { name: 'Description preview' })).getByTestId('markdown'),
    ).toHaveTextContent('# Steps');
    await user.click(toggle);
    expect(screen.getByRole('textbox', { name: /description/i })).toHaveValue('# Steps');
  });

  it('shows when the form cannot load', async () => {
    const failing: MockLink.MockedResponse = {
      request: { query: NewTicketPageDocument, variables: { workspaceId: 'w1' } },
      error: new Error('Network down'),
    };
    const location = memoryLocation({ path: '/new' });
    render(
      <MockedProvider mocks={[failing]} mockLinkDefaultOptions={{ delay: 0 }}>
        <SessionProvider session={session}>
          <Router hook={location.hook}>
            <NewTicketPage />
          </Router>
        </SessionProvider>
      </MockedProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the form: Network down');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
