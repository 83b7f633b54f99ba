import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { errorMessage } from '../../app/error-message';
import { graphql } from '../../gql';
import type { MemberRole } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';

const AddMemberFormMutation = graphql(`
  mutation AddMemberForm_addMember($input: AddMemberInput!) {
    addMember(input: $input) {
      id
      name
    }
  }
`);

const EMPTY = { email: '', name: '', password: '', role: 'AGENT' as MemberRole };

export function AddMemberForm(props: { workspaceId: string; canAddOwner: boolean }) {
  const [input, setInput] = useState(EMPTY);
  const [added, setAdded] = useState<string | null>(null);
  const titleId = useId();
  // Refetch the page's list (active and inactive) so the new member shows without a reload.
  const [addMember, { loading, error, reset }] = useMutation(AddMemberFormMutation, {
    refetchQueries: ['MembersPage'],
    awaitRefetchQueries: true,
  });
  const field = (key: 'email' | 'name' | 'password') => ({
    value: input[key],
    onChange: (e: { target: { value: string } }) => setInput({ ...input, [key]: e.target.value }),
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(null);
    reset();
    try {
      const { data } = await addMember({
        variables: {
          input: {
            workspaceId: props.workspaceId,
            email: input.email,
            name: input.name,
            role: input.role,
            // Only used when the email has no account yet; the server says so when it is missing.
            password: input.password === '' ? null : input.password,
          },
        },
      });
      if (data) {
        setAdded(data.addMember.name);
        setInput(EMPTY);
      }
    } catch {
      // The hook's `error` shows it below the form; what was typed stays.
    }
  }

  return (
    <form className="card members-add" aria-labelledby={titleId} onSubmit={submit}>
      <h2 id={titleId}>Add a member</h2>
      <div className="members-add-fields">
        <label>
          Email
          <input type="email" required autoComplete="off" maxLength={254} {...field('email')} />
        </label>
        <label>
          Name
          <input required autoComplete="off" maxLength={200} {...field('name')} />
        </label>
        <label>
          Password <small>(only for a new account, at least 10 characters, not a common one)</small>
          <input type="password" minLength={10} autoComplete="new-password" {...field('password')} />
        </label>
        <label>
          Role
          <select
            value={input.role}
            onChange={(e) => setInput({ ...input, role: e.target.value as MemberRole })}
          >
            <option value="AGENT">Agent</option>
            <option value="ADMIN">Admin</option>
            {props.canAddOwner && <option value="OWNER">Owner</option>}
          </select>
        </label>
      </div>
      <p className="members-hint">
        Someone who already has a Deskline account keeps their password: leave it blank for them.
      </p>
      <button type="submit" disabled={loading}>
        {loading ? 'Adding…' : 'Add member'}
      </button>
      {added && (
        <p role="status" className="members-added">
          {added} was added.
        </p>
      )}
      {error && <Alert>{errorMessage(error)}</Alert>}
    </form>
  );
}
