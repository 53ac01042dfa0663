import type { ReactNode } from 'react';
import { ErrorNote, UserErrors } from './Errors';

interface FormEndProps {
  /** The mutation's state: its error (a failed request) and whether it runs. */
  result: { error?: unknown; loading: boolean };
  /** The mutation payload's refusals. */
  userErrors: readonly { code: string; message: string }[] | null | undefined;
  /** What the hub confirmed, shown as a status line once there is something. */
  done?: ReactNode;
  /** The submit button's label. */
  submit: string;
  primary?: boolean;
  /** Disabled for another reason than a request in flight. */
  disabled?: boolean;
}

/**
 * The end of a form that sends one mutation: the hub's error or refusals, what it confirmed, then
 * the submit button, disabled while the request runs (a second click would send it twice).
 */
export function FormEnd({ result, userErrors, done, submit, primary = true, disabled = false }: FormEndProps) {
  return (
    <>
      <ErrorNote error={result.error} />
      <UserErrors errors={userErrors} />
      {done ? (
        <p className="ok" role="status">
          {done}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className={primary ? 'primary' : undefined} disabled={result.loading || disabled}>
          {submit}
        </button>
      </div>
    </>
  );
}
