// The sign-in link keeps the user on the console page they were on and never leads off the console;
// a sign-in error from the URL is shown once.
import { signInError, signInHref } from './session';

describe('signInHref', () => {
  it('returns to the console page the user is on, with its query', () => {
    const href = signInHref({ pathname: '/console/', search: '?view=parts' });
    expect(href).toBe('/auth/login?returnTo=%2Fconsole%2F%3Fview%3Dparts');
    expect(new URL(href, 'http://x').searchParams.get('returnTo')).toBe('/console/?view=parts');
  });

  it('drops a previous sign-in error so it is not shown again after signing in', () => {
    const href = signInHref({ pathname: '/console/', search: '?signin_error=denied&view=parts' });
    expect(new URL(href, 'http://x').searchParams.get('returnTo')).toBe('/console/?view=parts');
    expect(
      new URL(signInHref({ pathname: '/console/', search: '?signin_error=x' }), 'http://x').searchParams.get(
        'returnTo',
      ),
    ).toBe('/console/');
  });

  it('never returns outside the console', () => {
    const href = signInHref({ pathname: '/elsewhere', search: '' });
    expect(new URL(href, 'http://x').searchParams.get('returnTo')).toBe('/console/');
  });
});

describe('signInError', () => {
  it('reads the error text the URL carries', () => {
    expect(signInError('?signin_error=access%20denied')).toBe('access denied');
  });

  it('is undefined without one or when empty', () => {
    expect(signInError('')).toBeUndefined();
    expect(signInError('?signin_error=%20')).toBeUndefined();
  });
});
