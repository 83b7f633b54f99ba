import { useQuery } from '@apollo/client/react';
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { graphql } from '../../gql';
import type { RequesterEmailField_KnownQuery } from '../../gql/graphql';
import { looksLikeEmail } from './ticket-input';

const SuggestionsQuery = graphql(`
  query RequesterEmailField_suggestions($workspaceId: ID!, $search: String!) {
    requesters(workspaceId: $workspaceId, search: $search, first: 8) {
      id
      email
      name
    }
  }
`);

const KnownQuery = graphql(`
  query RequesterEmailField_known($workspaceId: ID!, $email: String!) {
    requester(workspaceId: $workspaceId, email: $email) {
      id
      email
      name
    }
  }
`);

export type KnownRequester = NonNullable<RequesterEmailField_KnownQuery['requester']>;

/** What the lookup says about the email as typed: still checking, a known requester, or a new one. */
export type RequesterLookup =
  { status: 'idle' } | { status: 'known'; requester: KnownRequester } | { status: 'new' };

/** `value`, once it has stopped changing for `ms`. */
export function useDebouncedValue<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export const SUGGEST_DELAY_MS = 200;

/**
 * Tells whether the typed email is a requester the workspace already has (checked on the exact
 * address, debounced); 'idle' while typing, for something that is not an email yet, or when the
 * check failed (the ticket can still be saved: the server finds or creates the requester).
 */
export function useRequesterLookup(workspaceId: string, email: string): RequesterLookup {
  const typed = email.trim();
  const settled = useDebouncedValue(typed, SUGGEST_DELAY_MS);
  const ready = settled === typed && looksLikeEmail(settled);
  const { data } = useQuery(KnownQuery, { variables: { workspaceId, email: settled }, skip: !ready });
  if (!ready || !data) return { status: 'idle' };
  return data.requester ? { status: 'known', requester: data.requester } : { status: 'new' };
}

/**
 * The requester email input as an ARIA 1.2 combobox: as the agent types, the workspace's requesters
 * whose email starts with the text are offered in a listbox (arrow keys to move, Enter to pick,
 * Escape to close). Typing a brand-new address is just as fine.
 */
export function RequesterEmailField(props: {
  workspaceId: string;
  value: string;
  onChange(value: string): void;
  lookup: RequesterLookup;
  error?: string;
  /** The input's id, so the form can focus it. */
  inputId: string;
}) {
  const id = useId();
  const inputId = props.inputId;
  const listId = `${id}-list`;
  const errorId = `${id}-error`;
  const noteId = `${id}-note`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const search = useDebouncedValue(props.value.trim(), SUGGEST_DELAY_MS);
  const { data, previousData } = useQuery(SuggestionsQuery, {
    variables: { workspaceId: props.workspaceId, search },
    skip: search === '',
  });
  // Suggestions are a convenience: while the next ones load the previous stay, and a failure shows none.
  const all = search === '' ? [] : ((data ?? previousData)?.requesters ?? []);
  const typed = props.value.trim().toLowerCase();
  // An exact match needs no suggestion: the note below the field says who it is.
  const options = all.filter((r) => r.email.toLowerCase() !== typed);
  const expanded = open && options.length > 0;
  const activeIndex = active < options.length ? active : -1;

  function pick(email: string) {
    props.onChange(email);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      if (options.length > 0) setActive((activeIndex + 1) % options.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length > 0) setActive(activeIndex <= 0 ? options.length - 1 : activeIndex - 1);
    } else if (event.key === 'Enter' && expanded && activeIndex >= 0) {
      event.preventDefault();
      pick(options[activeIndex]!.email);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const describedBy = [props.error ? errorId : null, props.lookup.status !== 'idle' ? noteId : null]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="new-ticket-field new-ticket-combobox">
      <label htmlFor={inputId}>
        Requester email <span className="new-ticket-required">(required)</span>
      </label>
      <input
        id={inputId}
        type="email"
        inputMode="email"
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && activeIndex >= 0 ? `${id}-option-${activeIndex}` : undefined}
        aria-required="true"
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy || undefined}
        value={props.value}
        onChange={(e) => {
          props.onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Known requesters"
        className="new-ticket-suggestions"
        hidden={!expanded}
      >
        {options.map((r, index) => (
          <li
            key={r.id}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            className={index === activeIndex ? 'active' : undefined}
            // mousedown, not click: picking must happen before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(r.email);
            }}
          >
            <span className="new-ticket-suggestion-email">{r.email}</span>
            {r.name && <span className="new-ticket-suggestion-name">{r.name}</span>}
          </li>
        ))}
      </ul>
      {props.error && (
        <p id={errorId} className="new-ticket-field-error">
          {props.error}
        </p>
      )}
      {/* Always rendered, so screen readers announce it when the lookup's answer arrives. */}
      <p id={noteId} className="new-ticket-note" role="status">
        {props.lookup.status === 'known'
          ? `Known requester${props.lookup.requester.name ? `: ${props.lookup.requester.name}` : ''}. The ticket is added to their history.`
          : props.lookup.status === 'new'
            ? 'New requester: they are added when you save.'
            : null}
      </p>
    </div>
  );
}
