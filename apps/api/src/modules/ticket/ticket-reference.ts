/** TK- and at least five digits. The digits are the ticket's global id, unique across workspaces. */
export function formatReference(ticketId: number): string {
  return `TK-${String(ticketId).padStart(5, '0')}`;
}

/** Case-insensitive, surrounding spaces ignored, leading zeros optional: " tk-42 " → 42. */
export function parseReference(reference: string): number | null {
  const match = /^tk-?0*([1-9][0-9]{0,14})$/i.exec(reference.trim());
  if (!match?.[1]) return null;
  const id = Number(match[1]);
  return Number.isSafeInteger(id) ? id : null;
}
