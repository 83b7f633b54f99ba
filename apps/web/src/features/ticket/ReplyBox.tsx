import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { errorMessage } from '../../app/error-message';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { Alert } from '../../ui/Alert';

export const ReplyBoxFragment = graphql(`
  fragment ReplyBox_ticket on Ticket {
    id
    assignee {
      id
    }
  }
`);

const ReplyBoxMutation = graphql(`
  mutation ReplyBox_reply($input: ReplyInput!) {
    replyToTicket(input: $input) {
      claimed
      message {
        id
      }
      ticket {
        id
        updatedAt
        ...MessageThread_ticket
        ...AssignControl_ticket
        ...AssignmentTimeline_ticket
        ...TicketFields_ticket
        ...ReplyBox_ticket
      }
    }
  }
`);

type Kind = 'reply' | 'note';

/**
 * A public reply to the requester or an internal note for agents. A public reply to an unassigned
 * ticket makes the author its assignee; the returned ticket updates the thread, assignee and history.
 */
export function ReplyBox(props: { ticket: FragmentType<typeof ReplyBoxFragment> }) {
  const ticket = getFragmentData(ReplyBoxFragment, props.ticket);
  const id = useId();
  const [kind, setKind] = useState<Kind>('reply');
  const [body, setBody] = useState('');
  const [notice, setNotice] = useState('');
  const [reply, { loading, error, reset }] = useMutation(ReplyBoxMutation, { refetchQueries: ['InboxPage'] });
  const internal = kind === 'note';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (body.trim() === '') return;
    setNotice('');
    try {
      const { data } = await reply({ variables: { input: { ticketId: ticket.id, body, internal } } });
      setBody('');
      const sent = internal ? 'Internal note added.' : 'Reply sent.';
      setNotice(data?.replyToTicket.claimed ? `${sent} You are now the assignee.` : sent);
    } catch {
      // `error` is shown below and the text stays in the box.
    }
  }

  return (
    <form className={internal ? 'reply-box reply-box-internal' : 'reply-box'} onSubmit={submit}>
      <fieldset className="reply-kind">
        <legend>Write</legend>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            value="reply"
            checked={!internal}
            onChange={() => setKind('reply')}
          />
          Public reply
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            value="note"
            checked={internal}
            onChange={() => setKind('note')}
          />
          Internal note
        </label>
      </fieldset>
      <label htmlFor={`${id}-body`}>
        {internal ? 'Internal note (only agents see it)' : 'Reply to the requester'}
      </label>
      <textarea
        id={`${id}-body`}
        rows={5}
        required
        value={body}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setBody(e.target.value);
          setNotice('');
          if (error) reset();
        }}
      />
      <p id={`${id}-hint`} className="ticket-muted">
        Markdown works: **bold**, _italic_, lists, links.
        {!internal && !ticket.assignee && ' Nobody has this ticket yet: replying makes you its assignee.'}
      </p>
      <div className="control-row">
        <button type="submit" disabled={loading || body.trim() === ''}>
          {loading ? 'Sending…' : internal ? 'Add internal note' : 'Send reply'}
        </button>
        <p role="status" className="control-status">
          {notice}
        </p>
      </div>
      {error && <Alert>{errorMessage(error)}</Alert>}
    </form>
  );
}
