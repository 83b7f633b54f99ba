import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../app/error-message';
import { graphql } from '../../gql';
import { Alert } from '../../ui/Alert';

const SignUpFormMutation = graphql(`
  mutation SignUpForm_signUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
    }
  }
`);

/** A new agent with a new workspace they own. */
export function SignUpForm(props: { onSignedIn: (token: string) => void }) {
  const [input, setInput] = useState({ name: '', email: '', password: '', workspaceName: '' });
  const [signUp, { loading, error }] = useMutation(SignUpFormMutation);
  const field = (key: keyof typeof input) => ({
    value: input[key],
    onChange: (e: { target: { value: string } }) => setInput({ ...input, [key]: e.target.value }),
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const { data } = await signUp({ variables: { input } });
      if (data) props.onSignedIn(data.signUp.token);
    } catch {
      // The hook's `error` shows it below the form; what was typed stays.
    }
  }

  return (
    <form className="card" onSubmit={submit}>
      <h2>Create a workspace</h2>
      <label>
        Your name
        <input required autoComplete="name" maxLength={200} {...field('name')} />
      </label>
      <label>
        Email
        <input type="email" required autoComplete="username" maxLength={254} {...field('email')} />
      </label>
      <label>
        Password <small>(at least 10 characters, not a common one)</small>
        <input type="password" required minLength={10} autoComplete="new-password" {...field('password')} />
      </label>
      <label>
        Workspace name
        <input required maxLength={200} placeholder="e.g. Acme Support" {...field('workspaceName')} />
      </label>
      <button type="submit" disabled={loading}>
        {loading ? 'Creating…' : 'Create workspace'}
      </button>
      {error && <Alert>{errorMessage(error)}</Alert>}
    </form>
  );
}
