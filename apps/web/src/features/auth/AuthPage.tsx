import { useState } from 'react';
import { errorMessage } from '../../app/error-message';
import { Alert } from '../../ui/Alert';
import { SignInForm } from './SignInForm';
import { SignUpForm } from './SignUpForm';

export function AuthPage(props: { onSignedIn: (token: string) => void; sessionError?: unknown }) {
  const [mode, setMode] = useState<'sign-in' | 'sign-up'>('sign-in');
  return (
    <main className="auth-page">
      <h1>Deskline</h1>
      {props.sessionError !== undefined && (
        <Alert>Could not check your session: {errorMessage(props.sessionError)}</Alert>
      )}
      {mode === 'sign-in' ? (
        <SignInForm onSignedIn={props.onSignedIn} />
      ) : (
        <SignUpForm onSignedIn={props.onSignedIn} />
      )}
      <p>
        {mode === 'sign-in' ? 'New to Deskline? ' : 'Already have an account? '}
        <button
          type="button"
          className="link"
          onClick={() => setMode(mode === 'sign-in' ? 'sign-up' : 'sign-in')}
        >
          {mode === 'sign-in' ? 'Create a workspace' : 'Sign in'}
        </button>
      </p>
      <p>
        <small>
          Building an integration? Try the API in the <a href="/graphql">GraphQL playground</a>.
        </small>
      </p>
    </main>
  );
}
