import type { AssignmentVia } from '../../gql/graphql';

// Pure helpers of the ticket page: how values and events read to an agent.

/**
 * A reference as the agent would expect to see it: 'tk-42 ' -> 'TK-00042' (the server's own
 * matching rule: case, surrounding spaces and leading zeros do not matter). Anything else as typed.
 */
export function displayReference(typed: string): string {
  const trimmed = typed.trim();
  const match = /^tk-?0*(\d+)$/i.exec(trimmed);
  if (!match?.[1]) return trimmed;
  return `TK-${match[1].padStart(5, '0')}`;
}

/** Date and time in the agent's locale, e.g. '24 Nov 2026, 10:00'; unknown input is shown as given. */
export function formatDateTime(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

interface Person {
  id: string;
  name: string;
}

export interface AssignmentEventWords {
  via: AssignmentVia;
  actor?: Person | null;
  from?: Person | null;
  to?: Person | null;
}

/**
 * One assignment event in words, e.g. 'Olivia created it, assigned to Sam', 'Sam claimed it by
 * replying', 'Olivia reassigned it from Sam to Tess', 'Unassigned when Sam was deactivated'.
 */
export function describeAssignment(event: AssignmentEventWords): string {
  const actor = event.actor?.name ?? 'Someone';
  const from = event.from ?? null;
  const to = event.to ?? null;
  switch (event.via) {
    case 'CREATE': {
      const created = event.actor ? `${actor} created it` : 'It arrived';
      return to ? `${created}, assigned to ${to.name}` : `${created}, unassigned`;
    }
    case 'CLAIM':
      return `${to?.name ?? actor} claimed it by replying`;
    case 'DEACTIVATION':
      return from
        ? `Unassigned when ${from.name} was deactivated`
        : 'Unassigned when its assignee was deactivated';
    case 'ASSIGN': {
      const self = event.actor && to && event.actor.id === to.id;
      if (from && to)
        return self
          ? `${actor} took it over from ${from.name}`
          : `${actor} reassigned it from ${from.name} to ${to.name}`;
      if (to) return self ? `${actor} took it` : `${actor} assigned it to ${to.name}`;
      if (from) return `${actor} unassigned ${from.name}`;
      return `${actor} left it unassigned`;
    }
  }
}
