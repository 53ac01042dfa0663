import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { ErrorNote } from '../components/Errors';
import { DemoBodiesDocument } from '../generated/graphql';
import { useI18n } from '../i18n';
import { navigate } from '../routes';
import { setToken } from '../session';

const ROLES = ['VIEWER', 'OFFICER', 'LEAD', 'ADMIN'] as const;

/** Signs in: a pasted identity-provider token everywhere; the hub's development sign-in outside production. */
export default function SignInView() {
  const [devAvailable, setDevAvailable] = useState<boolean | null>(null);
  useEffect(() => {
    // An empty request is answered 400 where the development sign-in works; 404 in production and
    // 403 from another machine: then only the identity provider's tokens sign in.
    fetch('/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
      .then((r) => setDevAvailable(r.status === 400))
      .catch(() => setDevAvailable(false));
  }, []);
  const { t } = useI18n();
  return (
    <div className="split">
      {new URLSearchParams(location.search).has('expired') ? (
        <p className="error" role="alert" style={{ gridColumn: '1 / -1' }}>
          {t('sessionExpired')}
        </p>
      ) : null}
      <div>{devAvailable ? <DevSignIn /> : null}</div>
      <PasteToken />
    </div>
  );
}

function PasteToken() {
  const { t } = useI18n();
  const [token, setValue] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // Ask the hub before keeping the token: a refused one shows the hub's reason here.
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token.trim()}` },
        body: JSON.stringify({ query: '{ viewer { accountId } }' }),
      });
      const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
      if (body.errors?.length) {
        setError(body.errors);
        return;
      }
      setToken(token.trim());
      navigate('/inbox');
    } catch {
      setError(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="paste-token">
      <h2 id="paste-token">{t('signInWithToken')}</h2>
      <p>{t('signInProduction')}</p>
      <form onSubmit={submit}>
        <label htmlFor="token">{t('pasteToken')}</label>
        <textarea id="token" value={token} onChange={(e) => setValue(e.target.value)} required autoComplete="off" spellCheck={false} />
        {Array.isArray(error) ? (
          <div className="error" role="alert">
            <strong>{t('tokenRefused')}：</strong>
            {(error as { message: string; extensions?: { code?: string } }[]).map((e, i) => (
              <span key={i}>
                {e.message} <code className="code">{e.extensions?.code}</code>
              </span>
            ))}
          </div>
        ) : error ? (
          <ErrorNote error={error} />
        ) : null}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || !token.trim()}>
            {t('signInWithToken')}
          </button>
        </div>
      </form>
    </section>
  );
}

function DevSignIn() {
  const { t } = useI18n();
  const demo = useQuery(DemoBodiesDocument);
  const [body, setBody] = useState('330100');
  const [roles, setRoles] = useState<string[]>(['OFFICER']);
  const [error, setError] = useState<string | null>(null);
  const bodies = demo.data ? Object.values(demo.data).filter((b): b is NonNullable<typeof b> => !!b && typeof b === 'object' && 'code' in b) : [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const response = await fetch('/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ body: body.trim(), roles }) });
    const answer = (await response.json().catch(() => ({}))) as { token?: string; error?: string };
    if (!response.ok || !answer.token) {
      setError(answer.error ?? `HTTP ${response.status}`);
      return;
    }
    setToken(answer.token);
    navigate('/inbox');
  };
  return (
    <section aria-labelledby="dev-signin">
      <h2 id="dev-signin">{t('devSignIn')}</h2>
      <p className="muted">{t('devSignInHint')}</p>
      <form onSubmit={submit}>
        <fieldset>
          <legend>{t('body')}</legend>
          <ErrorNote error={demo.error} />
          {bodies.map((b) => (
            <label className="inline" key={b.code}>
              <input type="radio" name="body" value={b.code} checked={body === b.code} onChange={() => setBody(b.code)} />
              {b.name} <span className="code">{b.code}</span>
            </label>
          ))}
          <label htmlFor="body-code">{t('bodyCode')}</label>
          <input id="body-code" type="text" value={body} onChange={(e) => setBody(e.target.value.toUpperCase())} required pattern="[A-Z0-9\-]{2,40}" />
        </fieldset>
        <fieldset>
          <legend>{t('roles')}</legend>
          {ROLES.map((r) => (
            <label className="inline" key={r}>
              <input
                type="checkbox"
                name="role"
                value={r}
                checked={roles.includes(r)}
                onChange={(e) => setRoles(e.target.checked ? [...roles, r] : roles.filter((x) => x !== r))}
              />
              {t(`role.${r}`)} <span className="code">{r}</span>
            </label>
          ))}
        </fieldset>
        {error ? (
          <div className="error" role="alert">
            {error}
          </div>
        ) : null}
        <div className="actions">
          <button type="submit" className="primary" disabled={roles.length === 0}>
            {t('signInAs')}
          </button>
        </div>
      </form>
    </section>
  );
}
