import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../app/error-message';
import { graphql } from '../../gql';
import { Alert } from '../../ui/Alert';

const SignInFormMutation = graphql(`
  mutation SignInForm_signIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      token
    }
  }
`);

export function SignInForm(props: { onSignedIn: (token: string) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [signIn, { loading, error }] = useMutation(SignInFormMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const { data } = await signIn({ variables: { email, password } });
      if (data) props.onSignedIn(data.signIn.token);
    } catch {
      // The hook's `error` shows it below the form.
    }
  }

  return (
    <form className="card" onSubmit={submit}>
      <h2>Sign in</h2>
      <label>
        Email
        <input
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </label>
      <label>
        Password
        <input
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      <button type="submit" disabled={loading}>
        {loading ? 'Signing in…' : 'Sign in'}
      </button>
      {error && <Alert>{errorMessage(error)}</Alert>}
    </form>
  );
}
