/** A polite status line for work in progress; callers always replace it with data or an error. */
export function Loading(props: { label?: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      {props.label ?? 'Loading…'}
    </p>
  );
}
