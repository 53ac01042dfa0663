// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { useScreen } from '../test-screen';
import { FormEnd } from './FormEnd';

// How every form that sends a mutation ends: refusals, the confirmation, the button.
const screen = useScreen();
const button = () => screen.container.querySelector('button[type=submit]') as HTMLButtonElement;

describe('FormEnd', () => {
  it('shows the refusals with their codes and keeps the button usable', () => {
    const text = screen.render(<FormEnd result={{ loading: false }} userErrors={[{ code: 'NOT_THREAD_LEAD', message: 'Only the lead resolves.' }]} submit="Resolve" />, 'en');
    expect(text).toContain('NOT_THREAD_LEAD');
    expect(screen.container.querySelector('[role=alert]')).not.toBeNull();
    expect(button().disabled).toBe(false);
    expect(button().className).toBe('primary');
  });

  it('disables the button while the request runs, or for the form’s own reason', () => {
    screen.render(<FormEnd result={{ loading: true }} userErrors={null} submit="Issue" />);
    expect(button().disabled).toBe(true);
    screen.render(<FormEnd result={{ loading: false }} userErrors={[]} submit="Revise" disabled />);
    expect(button().disabled).toBe(true);
  });

  it('says what the hub confirmed as a status line, and nothing before', () => {
    expect(screen.render(<FormEnd result={{ loading: false }} userErrors={[]} submit="Send" primary={false} />, 'en')).toBe('Send');
    expect(screen.container.querySelector('[role=status]')).toBeNull();
    expect(button().className).toBe('');
    screen.render(<FormEnd result={{ loading: false }} userErrors={[]} done="Feedback sent." submit="Send" />, 'en');
    expect(screen.container.querySelector('[role=status]')?.textContent).toBe('Feedback sent.');
  });
});
