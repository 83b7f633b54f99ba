import { useQuery } from '@apollo/client/react';
import { errorMessage } from '../../app/error-message';
import { useSession } from '../../app/session';
import { graphql } from '../../gql';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { AddMemberForm } from './AddMemberForm';
import { MemberRow } from './MemberRow';
import './members.css';

const MembersPageQuery = graphql(`
  query MembersPage($workspaceId: ID!) {
    workspace(id: $workspaceId) {
      id
      members(includeInactive: true) {
        id
        ...MemberRow_member
      }
    }
  }
`);

/** Everyone in the workspace, active or not; owners and admins add, deactivate and reactivate here. */
export function MembersPage() {
  const { membership } = useSession();
  const canManage = membership.role === 'OWNER' || membership.role === 'ADMIN';
  const { data, loading, error } = useQuery(MembersPageQuery, {
    variables: { workspaceId: membership.workspace.id },
  });
  const members = data?.workspace?.members ?? [];

  return (
    <div className="members-page">
      <h1>Members</h1>
      {loading && !data ? (
        <Loading label="Loading members…" />
      ) : error ? (
        <Alert>Could not load the members: {errorMessage(error)}</Alert>
      ) : (
        <table className="members-table">
          <caption className="visually-hidden">Members of {membership.workspace.name}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              {canManage && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <MemberRow key={m.id} member={m} canManage={canManage} />
            ))}
          </tbody>
        </table>
      )}
      {canManage ? (
        <AddMemberForm workspaceId={membership.workspace.id} canAddOwner={membership.role === 'OWNER'} />
      ) : (
        <p className="members-note">Only owners and admins can add or deactivate members.</p>
      )}
    </div>
  );
}
