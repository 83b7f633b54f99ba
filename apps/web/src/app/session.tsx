import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { graphql } from '../gql';
import type { SessionQuery } from '../gql/graphql';
import { clearToken, readToken, saveToken } from './auth-token';

const SessionQueryDocument = graphql(`
  query Session {
    me {
      id
      name
      email
      memberships {
        id
        name
        role
        active
        workspace {
          id
          name
        }
      }
    }
  }
`);

const SignOutMutation = graphql(`
  mutation Session_signOut {
    signOut
  }
`);

export type Membership = NonNullable<SessionQuery['me']>['memberships'][number];

export interface Session {
  agent: NonNullable<SessionQuery['me']>;
  /** The viewer's active membership in the workspace they are working in. */
  membership: Membership;
  memberships: Membership[];
  switchWorkspace(workspaceId: string): void;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);
const WORKSPACE_KEY = 'deskline.workspace';

/** The signed-in agent and current workspace; only mounted once a session exists. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside a signed-in page');
  return session;
}

type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; error?: unknown; signIn(token: string): void }
  | { status: 'no-workspace'; signOut(): Promise<void> }
  | { status: 'signed-in'; session: Session };

function storedWorkspace(): string | null {
  try {
    return window.localStorage.getItem(WORKSPACE_KEY);
  } catch {
    return null;
  }
}

export function useSessionState(): SessionState {
  const client = useApolloClient();
  const [hasToken, setHasToken] = useState(() => readToken() !== null);
  const [workspaceId, setWorkspaceId] = useState(storedWorkspace);
  const me = useQuery(SessionQueryDocument, { skip: !hasToken });
  const [revoke] = useMutation(SignOutMutation);

  const signIn = useCallback(
    (token: string) => {
      saveToken(token);
      setHasToken(true);
      void client.resetStore();
    },
    [client],
  );
  const signOut = useCallback(async () => {
    // Revoke on the server; sign out here even if that fails (an expired token, say).
    await revoke().catch(() => undefined);
    clearToken();
    setHasToken(false);
    await client.clearStore();
  }, [client, revoke]);
  const switchWorkspace = useCallback((id: string) => {
    setWorkspaceId(id);
    try {
      window.localStorage.setItem(WORKSPACE_KEY, id);
    } catch {
      // the choice then lasts the page
    }
  }, []);

  const agent = me.data?.me ?? null;
  const active = useMemo(() => agent?.memberships.filter((m) => m.active) ?? [], [agent]);
  const membership = active.find((m) => m.workspace.id === workspaceId) ?? active[0] ?? null;

  if (!hasToken) return { status: 'signed-out', signIn };
  if (me.loading && !me.data) return { status: 'loading' };
  if (!agent) return { status: 'signed-out', error: me.error, signIn };
  if (!membership) return { status: 'no-workspace', signOut };
  return {
    status: 'signed-in',
    session: { agent, membership, memberships: active, switchWorkspace, signOut },
  };
}

export function SessionProvider(props: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={props.session}>{props.children}</SessionContext.Provider>;
}
