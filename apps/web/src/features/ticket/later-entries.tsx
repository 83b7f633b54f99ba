import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { errorMessage } from '../../app/error-message';
import { Alert } from '../../ui/Alert';

/** The API's page of a ticket's messages and of its history (their `first` default). */
export const ENTRIES_PAGE = 100;

/**
 * "Show later …" for a list of a ticket's entries that the API gives in pages: a full page may have
 * more after it. `query` asks for the page after `lastId` (the Apollo cache appends it, see
 * apollo-client.ts); `countOf` tells how many entries it brought.
 */
export function ShowLaterEntries<TData>(props: {
  what: string;
  ticketId: string;
  shown: number;
  lastId: string | undefined;
  query: TypedDocumentNode<TData, { ticketId: string; after?: string | null }>;
  countOf: (data: TData | undefined) => number;
}) {
  const client = useApolloClient();
  const [loading, setLoading] = useState(false);
  const [loadedAll, setLoadedAll] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (loadedAll || props.shown === 0 || props.shown % ENTRIES_PAGE !== 0) return null;

  const showLater = async () => {
    setLoading(true);
    setError(null);
    try {
      const { data } = await client.query({
        query: props.query,
        variables: { ticketId: props.ticketId, after: props.lastId },
        fetchPolicy: 'network-only',
      });
      if (props.countOf(data) < ENTRIES_PAGE) setLoadedAll(true);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setLoading(false);
    }
  };
  return (
    <>
      {error && (
        <Alert>
          Could not load the later {props.what}: {error}
        </Alert>
      )}
      <button type="button" onClick={() => void showLater()} disabled={loading}>
        {loading ? `Loading later ${props.what}…` : `Show later ${props.what}`}
      </button>
    </>
  );
}
