import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { paths } from '../../app/paths';

/** Takes a pasted reference (TK-00042, tk-42, with spaces) and opens that ticket. */
export function ReferenceSearch() {
  const [text, setText] = useState('');
  const [, navigate] = useLocation();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reference = text.trim();
    if (reference === '') return;
    navigate(paths.ticket(reference));
    setText('');
  }

  return (
    <form role="search" className="reference-search" onSubmit={submit}>
      <label htmlFor="reference-search" className="visually-hidden">
        Open a ticket by reference
      </label>
      <input
        id="reference-search"
        type="search"
        placeholder="TK-00042"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit">Open</button>
    </form>
  );
}
