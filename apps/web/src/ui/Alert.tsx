import type { ReactNode } from 'react';

/** An error shown where the agent is looking, announced by screen readers. */
export function Alert(props: { children: ReactNode }) {
  return (
    <p className="alert" role="alert">
      {props.children}
    </p>
  );
}
