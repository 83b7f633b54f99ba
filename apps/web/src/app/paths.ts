/** Every URL of the app in one place, so links and routes cannot drift apart. */
export type InboxView = 'INBOX' | 'MINE' | 'UNASSIGNED' | 'ALL';

export const paths = {
  inbox: (view: InboxView = 'INBOX') => (view === 'INBOX' ? '/' : `/?view=${view}`),
  newTicket: () => '/new',
  ticket: (reference: string) => `/t/${encodeURIComponent(reference)}`,
  members: () => '/members',
};

export const routes = {
  inbox: '/',
  newTicket: '/new',
  ticket: '/t/:reference',
  members: '/members',
} as const;
