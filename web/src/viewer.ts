import { createContext, useContext } from 'react';
import type { ViewerQuery } from './generated/graphql';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

/** The signed-in caller as the hub reports it; null for the public. */
export const ViewerContext = createContext<Viewer | null>(null);
export const useViewer = (): Viewer | null => useContext(ViewerContext);

export function hasRole(viewer: Viewer | null, ...roles: string[]): boolean {
  return !!viewer && viewer.roles.some((r) => roles.includes(r));
}
