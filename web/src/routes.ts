import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MessageKey } from './i18n';

export interface RouteDef {
  /** `/threads/:id`: a segment with a colon is a parameter. */
  path: string;
  title: MessageKey;
  /** Needs a signed-in caller. */
  auth: boolean;
  /** In the main navigation. */
  nav: boolean;
  view: LazyExoticComponent<ComponentType<{ params: Record<string, string> }>>;
}

// A view is one file under views/ and one line here; each is its own chunk, loaded when first opened.
export const routes: RouteDef[] = [
  { path: '/inbox', title: 'view.inbox', auth: true, nav: true, view: lazy(() => import('./views/InboxView')) },
  { path: '/issue', title: 'view.issue', auth: true, nav: true, view: lazy(() => import('./views/IssueView')) },
  { path: '/feedback', title: 'view.feedback', auth: true, nav: true, view: lazy(() => import('./views/FeedbackView')) },
  { path: '/powers', title: 'view.powers', auth: true, nav: true, view: lazy(() => import('./views/PowersView')) },
  { path: '/threads', title: 'view.threads', auth: true, nav: true, view: lazy(() => import('./views/ThreadsView')) },
  { path: '/threads/:id', title: 'view.threads', auth: true, nav: false, view: lazy(() => import('./views/ThreadView')) },
  { path: '/decisions', title: 'view.decisions', auth: true, nav: true, view: lazy(() => import('./views/DecisionsView')) },
  { path: '/decisions/:id', title: 'view.decisions', auth: true, nav: false, view: lazy(() => import('./views/DecisionView')) },
  { path: '/tasks', title: 'view.tasks', auth: true, nav: true, view: lazy(() => import('./views/TasksView')) },
  { path: '/evaluations', title: 'view.evaluations', auth: true, nav: true, view: lazy(() => import('./views/EvaluationsView')) },
  { path: '/pilots', title: 'view.pilots', auth: true, nav: true, view: lazy(() => import('./views/PilotsView')) },
  { path: '/supervision', title: 'view.supervision', auth: true, nav: true, view: lazy(() => import('./views/SupervisionView')) },
  { path: '/portal', title: 'view.portal', auth: false, nav: true, view: lazy(() => import('./views/PortalView')) },
  { path: '/public', title: 'view.public', auth: false, nav: true, view: lazy(() => import('./views/PublicView')) },
  { path: '/signin', title: 'view.signin', auth: false, nav: false, view: lazy(() => import('./views/SignInView')) },
];

export function matchRoute(pathname: string): { route: RouteDef; params: Record<string, string> } | null {
  const parts = pathname.replace(/\/+$/, '').split('/');
  for (const route of routes) {
    const pattern = route.path.split('/');
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    if (pattern.every((p, i) => (p.startsWith(':') ? ((params[p.slice(1)] = decodeURIComponent(parts[i])), parts[i] !== '') : p === parts[i]))) {
      return { route, params };
    }
  }
  return null;
}

const listeners = new Set<() => void>();
window.addEventListener('popstate', () => listeners.forEach((l) => l()));

export function navigate(path: string): void {
  if (path === location.pathname) return;
  history.pushState(null, '', path);
  listeners.forEach((l) => l());
}

export const location$ = {
  get: (): string => location.pathname,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
