import type { ReactNode } from "react";

/** One term and its value in a backstage facts list (`<dl className="backstage-facts">`). */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="backstage-facts__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
