import { describe, expect, it } from 'vitest';
import { expectErrorCodes, expectUserErrors, ok, userErrorCodes } from '../support/test-hub';

// The result helpers every refusal test leans on must fail when the refusal is not there: no
// payload, a payload without the codes, a top-level error in place of a userError.
/** A 200 answer with this body. */
const answer = <T>(body: { data?: T; errors?: { message: string; extensions: { code: string } }[] }) => ({ status: 200, ...body });
const refused = answer({ data: { delegatePower: { delegation: null, userErrors: [{ code: 'GRANTEE_NOT_BELOW', message: 'No.' }] } } });
const done = answer({ data: { delegatePower: { delegation: { id: 'D1' }, userErrors: [] } } });
const forbidden = answer({ data: { delegatePower: null }, errors: [{ message: 'Only a LEAD.', extensions: { code: 'FORBIDDEN' } }] });

describe('the test kit’s result helpers', () => {
  it('expectUserErrors passes on exactly the codes and fails otherwise', () => {
    expectUserErrors(refused, ['GRANTEE_NOT_BELOW']);
    expect(() => expectUserErrors(refused, ['NOT_FOUND'])).toThrow();
    expect(() => expectUserErrors(done, ['GRANTEE_NOT_BELOW'])).toThrow();
    expect(() => expectUserErrors(forbidden, [])).toThrow(/top-level errors/);
    expect(() => expectUserErrors(answer({ data: {} }), [])).toThrow(/a mutation payload/);
    expect(() => expectUserErrors(answer({ data: { a: { userErrors: [] }, b: { userErrors: [] } } }), [])).toThrow(/a mutation payload/);
  });

  it('userErrorCodes reads the one payload’s codes in order', () => {
    expect(userErrorCodes(answer({ data: { x: { userErrors: [{ code: 'A' }, { code: 'B' }] } } }))).toEqual(['A', 'B']);
    expect(() => userErrorCodes(forbidden)).toThrow();
  });

  it('ok returns the payload of a success and fails on a refusal or an error', () => {
    expect(ok(done)).toEqual({ delegation: { id: 'D1' }, userErrors: [] });
    expect(() => ok(refused)).toThrow(/GRANTEE_NOT_BELOW/);
    expect(() => ok(forbidden)).toThrow(/FORBIDDEN/);
  });

  it('expectErrorCodes compares the top-level codes', () => {
    expectErrorCodes(forbidden, ['FORBIDDEN']);
    expect(() => expectErrorCodes(done, ['FORBIDDEN'])).toThrow();
  });
});
