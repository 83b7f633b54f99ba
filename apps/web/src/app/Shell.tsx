import { Link, Route, Switch } from 'wouter';
import { InboxPage } from '../features/inbox/InboxPage';
import { MembersPage } from '../features/members/MembersPage';
import { NewTicketPage } from '../features/new-ticket/NewTicketPage';
import { ReferenceSearch } from '../features/search/ReferenceSearch';
import { TicketPage } from '../features/ticket/TicketPage';
import { paths, routes } from './paths';
import { useSession } from './session';

/** The signed-in frame: header (workspace, search, navigation, sign out) and the routed page. */
export function Shell() {
  const { agent, membership, memberships, switchWorkspace, signOut } = useSession();
  const canManage = membership.role === 'OWNER' || membership.role === 'ADMIN';
  return (
    <>
      <header className="app-header">
        <Link href={paths.inbox()} className="brand">
          Deskline
        </Link>
        {memberships.length > 1 ? (
          <label className="workspace-switch">
            <span className="visually-hidden">Workspace</span>
            <select value={membership.workspace.id} onChange={(e) => switchWorkspace(e.target.value)}>
              {memberships.map((m) => (
                <option key={m.id} value={m.workspace.id}>
                  {m.workspace.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <span className="workspace-name">{membership.workspace.name}</span>
        )}
        <nav aria-label="Main">
          <Link href={paths.inbox()}>Inbox</Link>
          <Link href={paths.newTicket()}>New ticket</Link>
          {canManage && <Link href={paths.members()}>Members</Link>}
        </nav>
        <ReferenceSearch />
        <span className="viewer" title={agent.email}>
          {membership.name}
        </span>
        <button type="button" onClick={() => void signOut()}>
          Sign out
        </button>
      </header>
      {/* Keyed by workspace: switching starts every page afresh in the new workspace. */}
      <main className="app-main" key={membership.workspace.id}>
        <Switch>
          <Route path={routes.inbox} component={InboxPage} />
          <Route path={routes.newTicket} component={NewTicketPage} />
          <Route path={routes.ticket}>
            {(params) => <TicketPage reference={decodeURIComponent(params.reference)} />}
          </Route>
          <Route path={routes.members} component={MembersPage} />
          <Route>
            <h1>Page not found</h1>
            <p>
              <Link href={paths.inbox()}>Back to the inbox</Link>
            </p>
          </Route>
        </Switch>
      </main>
    </>
  );
}
