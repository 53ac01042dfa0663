import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useSyncExternalStore } from 'react';
import { location$, navigate } from '../routes';

/** An ordinary link (keyboard, middle-click, copy address) that switches views without a reload. */
export function Link({ to, children, ...rest }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const pathname = useSyncExternalStore(location$.subscribe, location$.get);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} aria-current={pathname === to ? 'page' : undefined} {...rest}>
      {children}
    </a>
  );
}
