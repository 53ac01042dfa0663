import { useQuery } from '@apollo/client/react';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { connection } from './apollo';
import { ErrorBoundary, ErrorNote, hubMessages } from './components/Errors';
import { Link } from './components/Link';
import type { Lang } from './format';
import {
  DirectiveIssuedDocument,
  FeedbackInboxDocument,
  FeedbackReceivedDocument,
  InboxDocument,
  ViewerDocument,
  type DirectiveIssuedSubscription,
  type FeedbackReceivedSubscription,
} from './generated/graphql';
import { I18nContext, storeLang, storedLang, translator, useI18n, type I18n } from './i18n';
import { useResumableStream } from './live';
import { location$, matchRoute, navigate, routes } from './routes';
import { getToken, onTokenChange, setToken } from './session';
import { ViewerContext, type Viewer } from './viewer';

const directiveCursor = (d: DirectiveIssuedSubscription) => d.directiveIssued.cursor;
const feedbackCursor = (d: FeedbackReceivedSubscription) => d.feedbackReceived.cursor;

export function App() {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const i18n = useMemo<I18n>(
    () => ({
      lang,
      t: translator(lang),
      setLang: (next) => {
        storeLang(next);
        setLangState(next);
      },
    }),
    [lang],
  );
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = i18n.t('appName');
  }, [lang, i18n]);

  const token = useSyncExternalStore(onTokenChange, getToken);
  const viewerQuery = useQuery(ViewerDocument, { skip: !token, fetchPolicy: 'network-only' });
  const viewer = token ? (viewerQuery.data?.viewer ?? null) : null;
  useEffect(() => {
    // The hub no longer accepts the token (expired, or signed with a key it dropped): sign in again.
    if (hubMessages(viewerQuery.error)?.some((m) => m.code === 'UNAUTHENTICATED')) {
      setToken(null);
      location.assign('/signin?expired=1');
    }
  }, [viewerQuery.error]);
  const pathname = useSyncExternalStore(location$.subscribe, location$.get);
  const matched = matchRoute(pathname);

  useEffect(() => {
    if (pathname === '/' || pathname === '') navigate(token ? '/inbox' : '/signin');
    else if (matched?.route.auth && !token) navigate('/signin');
  }, [pathname, matched, token]);

  return (
    <I18nContext.Provider value={i18n}>
      <ViewerContext.Provider value={viewer}>
        {viewer ? <LiveFeeds viewer={viewer} /> : null}
        <a className="skip" href="#main">
          {i18n.t('skipToContent')}
        </a>
        <Header viewer={viewer} />
        <main id="main" tabIndex={-1}>
          {token && viewerQuery.error ? <ErrorNote error={viewerQuery.error} /> : null}
          {matched && (!matched.route.auth || viewer) ? (
            <ErrorBoundary key={pathname} fallback={<p role="alert">{i18n.t('genericError')}</p>}>
              <Suspense fallback={<p>{i18n.t('loading')}</p>}>
                <ViewTitle title={i18n.t(matched.route.title)} />
                <matched.route.view params={matched.params} />
              </Suspense>
            </ErrorBoundary>
          ) : matched ? (
            <p>{i18n.t('loading')}</p>
          ) : (
            <p>{i18n.t('notFound')}</p>
          )}
        </main>
      </ViewerContext.Provider>
    </I18nContext.Provider>
  );
}

/** The view's heading; focused on navigation so keyboard and screen-reader users land on the new view. */
function ViewTitle({ title }: { title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (document.activeElement && document.activeElement !== document.body && document.activeElement.closest('nav')) ref.current?.focus();
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {title}
    </h1>
  );
}

function Header({ viewer }: { viewer: Viewer | null }) {
  const { t, lang, setLang } = useI18n();
  const state = useSyncExternalStore(connection.subscribe, connection.get);
  const signOut = useCallback(() => {
    setToken(null);
    location.assign('/signin'); // a fresh page: no cache, no socket of the previous account
  }, []);
  return (
    <header className="top">
      <div className="brand">{t('appName')}</div>
      <nav aria-label={t('nav')}>
        <ul>
          {routes
            .filter((r) => r.nav && (viewer || !r.auth))
            .map((r) => (
              <li key={r.path}>
                <Link to={r.path}>{t(r.title)}</Link>
              </li>
            ))}
          {!viewer ? (
            <li>
              <Link to="/signin">{t('view.signin')}</Link>
            </li>
          ) : null}
        </ul>
      </nav>
      <div className="tools">
        {viewer ? (
          <>
            <span className={`live live-${state}`} role="status" aria-label={t('connection')} data-connection={state}>
              {state === 'connected' ? t('connected') : state === 'offline' ? t('offline') : state === 'connecting' ? t('connecting') : ''}
            </span>
            <span className="who">
              {t('signedInAs')}: {viewer.body.name} · {viewer.roles.map((r) => t(`role.${r}` as never)).join(lang === 'zh' ? '、' : ', ')}
            </span>
            <button type="button" onClick={signOut}>
              {t('signOut')}
            </button>
          </>
        ) : null}
        <button type="button" lang={lang === 'zh' ? 'en' : 'zh-CN'} onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} aria-label={`${t('language')}: ${t('switchLanguage')}`}>
          {t('switchLanguage')}
        </button>
      </div>
    </header>
  );
}

/** The live streams of the signed-in body, for as long as the page is open (not per view). */
function LiveFeeds({ viewer }: { viewer: Viewer }) {
  const code = viewer.body.code;
  useResumableStream(DirectiveIssuedDocument, `directives:${viewer.accountId}:${code}`, directiveCursor, (data, client) => {
    const receipt = data.directiveIssued.receipt;
    client.cache.updateQuery({ query: InboxDocument, variables: { code } }, (inbox) => {
      if (!inbox?.body || inbox.body.directiveInbox.edges.some((e) => e.node.id === receipt.id)) return inbox;
      const list = inbox.body.directiveInbox;
      return { ...inbox, body: { ...inbox.body, directiveInbox: { ...list, totalCount: list.totalCount + 1, edges: [{ __typename: 'ReceiptEdge' as const, node: receipt }, ...list.edges] } } };
    });
  });
  useResumableStream(FeedbackReceivedDocument, `feedback:${viewer.accountId}:${code}`, feedbackCursor, (data, client) => {
    const feedback = data.feedbackReceived.feedback;
    client.cache.updateQuery({ query: FeedbackInboxDocument, variables: { code } }, (inbox) => {
      if (!inbox?.body || inbox.body.feedbackInbox.edges.some((e) => e.node.id === feedback.id)) return inbox;
      const list = inbox.body.feedbackInbox;
      return { ...inbox, body: { ...inbox.body, feedbackInbox: { ...list, totalCount: list.totalCount + 1, edges: [{ __typename: 'FeedbackEdge' as const, node: feedback }, ...list.edges] } } };
    });
  });
  return null;
}
