import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { AuthPage } from '../features/auth/AuthPage';
import { Alert } from '../ui/Alert';
import { Loading } from '../ui/Loading';
import { createApolloClient } from './apollo-client';
import { SessionProvider, useSessionState } from './session';
import { Shell } from './Shell';

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <ApolloProvider client={client}>
      <SessionGate />
    </ApolloProvider>
  );
}

function SessionGate() {
  const state = useSessionState();
  switch (state.status) {
    case 'loading':
      return <Loading label="Checking your session…" />;
    case 'signed-out':
      return <AuthPage onSignedIn={state.signIn} sessionError={state.error} />;
    case 'no-workspace':
      return (
        <main className="auth-page">
          <Alert>You have no active workspace membership. Ask a workspace admin to reactivate you.</Alert>
          <button type="button" onClick={() => void state.signOut()}>
            Sign out
          </button>
        </main>
      );
    case 'signed-in':
      return (
        <SessionProvider session={state.session}>
          <Shell />
        </SessionProvider>
      );
  }
}
