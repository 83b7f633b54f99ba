import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { clearToken, readToken, saveToken } from '../../app/auth-token';
import { errorMessage } from '../../app/error-message';
import { graphql } from '../../gql';
import { AgentSummary, type AgentSummaryRef } from './AgentSummary';
import { SignInForm } from './SignInForm';

// With a stored token, ask who it belongs to; `me` is null when the token is expired or revoked.
const SignInPageQuery = graphql(`
  query SignInPage {
    me {
      id
      ...AgentSummary_agent
    }
  }
`);

const SignInPageSignOutMutation = graphql(`
  mutation SignInPage_signOut {
    signOut
  }
`);

export function SignInPage() {
  const client = useApolloClient();
  const [hasToken, setHasToken] = useState(() => readToken() !== null);
  const [signedIn, setSignedIn] = useState<AgentSummaryRef | null>(null);
  const me = useQuery(SignInPageQuery, { skip: !hasToken || signedIn !== null });
  const [signOut, { loading: signingOut }] = useMutation(SignInPageSignOutMutation);

  const agent = signedIn ?? me.data?.me ?? null;

  async function handleSignOut() {
    // Revoke the token on the server; sign out locally even if that fails (e.g. it already expired).
    await signOut().catch(() => undefined);
    clearToken();
    setSignedIn(null);
    setHasToken(false);
    await client.clearStore();
  }

  if (!agent && hasToken && me.loading) return <p>Loading…</p>;

  if (agent) {
    return (
      <section className="card">
        <AgentSummary agent={agent} />
        <button type="button" onClick={() => void handleSignOut()} disabled={signingOut}>
          Sign out
        </button>
      </section>
    );
  }

  return (
    <>
      {me.error && (
        <p className="error" role="alert">
          Could not check your session: {errorMessage(me.error)}
        </p>
      )}
      <SignInForm
        onSignedIn={(token, signedInAgent) => {
          saveToken(token);
          setHasToken(true);
          setSignedIn(signedInAgent);
        }}
      />
    </>
  );
}
