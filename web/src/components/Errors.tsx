import { CombinedGraphQLErrors, CombinedProtocolErrors, ServerError } from '@apollo/client/errors';
import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n';

interface HubMessage {
  message: string;
  code?: string;
}

/**
 * What the hub said, as a list of messages with their codes. Anything that is not the hub's own
 * answer (a network failure, a bug here) becomes a generic sentence: a page never shows a stack.
 */
export function hubMessages(error: unknown): HubMessage[] | null {
  if (CombinedGraphQLErrors.is(error) || CombinedProtocolErrors.is(error)) {
    return error.errors.map((e) => ({ message: e.message, code: (e.extensions?.code as string | undefined) ?? undefined }));
  }
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { message: string; extensions?: { code?: string } }[] };
      if (body.errors?.length) return body.errors.map((e) => ({ message: e.message, code: e.extensions?.code }));
    } catch {
      /* not the hub's JSON: fall through to the generic text */
    }
  }
  return null;
}

/** A failed request, shown where it happened. */
export function ErrorNote({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  const messages = hubMessages(error);
  return (
    <div className="error" role="alert">
      {messages ? (
        <>
          <strong>{t('serverSays')}：</strong>
          <ul>
            {messages.map((m, i) => (
              <li key={i}>
                {m.message}
                {m.code ? <code className="code"> {m.code}</code> : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <span>{t('networkError')}</span>
      )}
    </div>
  );
}

/** A business refusal (`userErrors`): the request changed nothing. */
export function UserErrors({ errors }: { errors: readonly { code: string; message: string }[] | null | undefined }) {
  const { t } = useI18n();
  if (!errors?.length) return null;
  return (
    <div className="error" role="alert">
      <strong>{t('serverSays')}：</strong>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>
            {e.message} <code className="code">{e.code}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Catches what a view throws while rendering: a sentence for the user, the details for the console. */
export class ErrorBoundary extends Component<{ children: ReactNode; fallback: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('view failed', error);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
