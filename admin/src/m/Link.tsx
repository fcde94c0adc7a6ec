import type { MouseEvent, ReactNode } from 'react';
import { navigate } from './router';

/** An in-app link: no page load (that matters on 3G), but a real href for long-press and new tabs. */
export const Link = ({
  to,
  className,
  children,
  testId,
}: {
  to: string;
  className?: string;
  children: ReactNode;
  testId?: string;
}) => {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} className={className} onClick={follow} data-testid={testId}>
      {children}
    </a>
  );
};
