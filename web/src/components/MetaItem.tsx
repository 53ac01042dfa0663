import type { ReactNode } from 'react';

/** One "label: value" item of a card's meta line. */
export function MetaItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <span>
      {label}: {children}
    </span>
  );
}
