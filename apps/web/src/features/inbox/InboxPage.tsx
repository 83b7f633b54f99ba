import { useSession } from '../../app/session';

// Placeholder: being built.
export function InboxPage() {
  const { membership } = useSession();
  return <h1>InboxPage — {membership.workspace.name}</h1>;
}
