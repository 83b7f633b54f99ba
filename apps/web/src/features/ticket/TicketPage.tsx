// Placeholder: being built.
export function TicketPage(props: { reference: string }) {
  return <h1>Ticket {props.reference}</h1>;
}
