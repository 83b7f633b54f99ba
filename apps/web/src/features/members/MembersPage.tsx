import { useSession } from '../../app/session';

// Placeholder: being built.
export function MembersPage() {
  const { membership } = useSession();
  return <h1>MembersPage — {membership.workspace.name}</h1>;
}
