import { useState } from 'react';
import { errorMessage } from '../../app/error-message';
import { Alert } from '../../ui/Alert';

/** The API's page of a ticket's messages and of its history (their `first` default). */
export const ENTRIES_PAGE = 100;

/**
 * "Show later …" for a list of a ticket's entries that the API gives in pages: a full page may have
 * more after it. `fetchAfterLast` asks for the next page (the Apollo cache appends it, see
 * apollo-client.ts) and answers how many entries came.
 */
export function ShowLaterEntries(props: {
  shown: number;
  what: string;
  fetchAfterLast: () => Promise<number>;
}) {
  const [loading, setLoading] = useState(false);
  const [loadedAll, setLoadedAll] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (loadedAll || props.shown === 0 || props.shown % ENTRIES_PAGE !== 0) return null;

  const showLater = async () => {
    setLoading(true);
    setError(null);
    try {
      if ((await props.fetchAfterLast()) < ENTRIES_PAGE) setLoadedAll(true);
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
