import { useMutation } from '@apollo/client/react';
import { errorMessage } from '../../app/error-message';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { Alert } from '../../ui/Alert';

const MemberRowFragment = graphql(`
  fragment MemberRow_member on Member {
    id
    name
    email
    role
    active
  }
`);

const MemberRowSetActiveMutation = graphql(`
  mutation MemberRow_setActive($memberId: ID!, $active: Boolean!) {
    setMemberActive(memberId: $memberId, active: $active) {
      id
      active
    }
  }
`);

const ROLE_LABELS = { OWNER: 'Owner', ADMIN: 'Admin', AGENT: 'Agent' } as const;

export function MemberRow(props: { member: FragmentType<typeof MemberRowFragment>; canManage: boolean }) {
  const member = getFragmentData(MemberRowFragment, props.member);
  // The returned Member carries its id, so Apollo's cache updates this row (and any other view of it).
  const [setActive, { loading, error, reset }] = useMutation(MemberRowSetActiveMutation);

  async function toggle() {
    reset();
    try {
      await setActive({ variables: { memberId: member.id, active: !member.active } });
    } catch {
      // The hook's `error` shows it in this row.
    }
  }

  return (
    <>
      <tr className={member.active ? undefined : 'members-inactive'}>
        <td data-label="Name">{member.name}</td>
        <td data-label="Email">{member.email}</td>
        <td data-label="Role">{ROLE_LABELS[member.role]}</td>
        <td data-label="Status">{member.active ? 'Active' : 'Deactivated'}</td>
        {props.canManage && (
          <td>
            <button
              type="button"
              disabled={loading}
              aria-label={`${member.active ? 'Deactivate' : 'Reactivate'} ${member.name}`}
              onClick={() => void toggle()}
            >
              {member.active ? 'Deactivate' : 'Reactivate'}
            </button>
          </td>
        )}
      </tr>
      {error && (
        <tr className="members-row-error">
          <td colSpan={props.canManage ? 5 : 4}>
            <Alert>
              {member.name}: {errorMessage(error)}
            </Alert>
          </td>
        </tr>
      )}
    </>
  );
}
