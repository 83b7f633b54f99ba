import { useQuery } from '@apollo/client/react';
import { Link } from 'wouter';
import { errorMessage } from '../../app/error-message';
import { paths } from '../../app/paths';
import { useSession } from '../../app/session';
import { graphql } from '../../gql';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { NewTicketForm } from './NewTicketForm';
import './new-ticket.css';

const NewTicketPageQuery = graphql(`
  query NewTicketPage($workspaceId: ID!) {
    workspace(id: $workspaceId) {
      id
      ...NewTicketForm_workspace
    }
  }
`);

/** Tickets → New ticket: a ticket an agent heard about out-of-band (a call, a DM), for the whole team. */
export function NewTicketPage() {
  const { membership } = useSession();
  const { data, error, loading, refetch } = useQuery(NewTicketPageQuery, {
    variables: { workspaceId: membership.workspace.id },
  });

  let body;
  if (data?.workspace) body = <NewTicketForm workspace={data.workspace} />;
  else if (error)
    body = (
      <>
        <Alert>Could not load the form: {errorMessage(error)}</Alert>
        <button type="button" onClick={() => void refetch().catch(() => undefined)}>
          Try again
        </button>
      </>
    );
  else if (loading) body = <Loading label="Loading the form…" />;
  else
    body = (
      <Alert>
        This workspace is not available to you any more. <Link href={paths.inbox()}>Back to the inbox</Link>
      </Alert>
    );

  return (
    <div className="new-ticket-page">
      <h1>New ticket</h1>
      {body}
    </div>
  );
}
