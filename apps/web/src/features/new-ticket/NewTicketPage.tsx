import { useSession } from '../../app/session';

// Placeholder: being built.
export function NewTicketPage() {
  const { membership } = useSession();
  return <h1>NewTicketPage — {membership.workspace.name}</h1>;
}
