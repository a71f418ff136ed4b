/** Sign in and sign up (docs/api.md, "Accounts"). Practice without an account stays as it is. */
import { currentAccount, signIn, signUp, type Account } from '../account/auth';
import { ApiError } from '../api';
import { h, show } from '../dom';
import { navigate } from '../router';

/** A labelled input whose error (set with `invalid`) is tied to it by aria-describedby. */
function field(id: string, label: string, attrs: Record<string, string | boolean>, hint?: string) {
  const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const hintEl = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  const input = h('input', { id, name: id, ...attrs, 'aria-describedby': [hintEl ? `${id}-hint` : '', `${id}-error`].join(' ').trim() });
  const invalid = (text: string | null) => {
    error.textContent = text ?? '';
    error.hidden = !text;
    if (text) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
  };
  return { input, invalid, row: h('div', { class: 'field' }, h('label', { for: id }, label), hintEl, input, error) };
}

/** "'password' must have …" (the API's wording) as a sentence for the form. */
const sentence = (detail: string) => detail.replace(/^'(\w+)'/, (_, f: string) => f[0].toUpperCase() + f.slice(1));

/** Where to go after signing in: the page that sent the person here (`?next=`), else what their role is for. */
function after(a: Account): string {
  const next = new URLSearchParams(location.search).get('next');
  if (next && next.startsWith('/') && !next.startsWith('//')) return next;
  return a.role === 'coach' ? '/shared' : '/history';
}

function accountForm(root: HTMLElement, mode: 'in' | 'up'): void {
  const signedIn = currentAccount();
  if (signedIn) return navigate(after(signedIn), true);
  const email = field('email', 'Email', { type: 'email', autocomplete: 'email', required: true, spellcheck: "false" });
  const password = field('password', 'Password', {
    type: 'password', required: true, autocomplete: mode === 'up' ? 'new-password' : 'current-password',
  }, mode === 'up' ? 'A long passphrase is best.' : undefined);
  const roles = mode === 'up'
    ? h('fieldset', { id: 'role' }, h('legend', {}, 'I am'),
      h('div', { class: 'choice' }, h('input', { type: 'radio', name: 'role', id: 'role-candidate', value: 'candidate', checked: true }),
        h('label', { for: 'role-candidate' }, 'a candidate: I practise, and may share a session with a coach')),
      h('div', { class: 'choice' }, h('input', { type: 'radio', name: 'role', id: 'role-coach', value: 'coach' }),
        h('label', { for: 'role-coach' }, 'a coach: I read the sessions candidates share with me')))
    : null;
  const error = h('div', { class: 'alert', role: 'alert', id: 'account-error', hidden: true });
  const submit = h('button', { type: 'submit', class: 'primary' }, mode === 'up' ? 'Create my account' : 'Sign in');

  const form = h('form', { novalidate: true, id: mode === 'up' ? 'sign-up' : 'sign-in' },
    h('fieldset', {}, h('legend', {}, mode === 'up' ? 'Your new account' : 'Your account'), email.row, password.row), roles, error, submit);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    email.invalid(null);
    password.invalid(null);
    error.hidden = true;
    const address = email.input.value.trim();
    const missing = !address ? email : !password.input.value ? password : null;
    if (missing) {
      missing.invalid(missing === email ? 'Enter your email address.' : 'Enter your password.');
      missing.input.focus();
      return;
    }
    const role = (form.querySelector('input[name=role]:checked') as HTMLInputElement | null)?.value === 'coach' ? 'coach' : 'candidate';
    submit.disabled = true;
    try {
      const a = mode === 'up' ? await signUp(address, password.input.value, role) : await signIn(address, password.input.value);
      navigate(after(a));
    } catch (err) {
      const message = err instanceof ApiError ? sentence(err.message) : String(err);
      const onField = err instanceof ApiError && err.status === 400
        ? (/^'email'/.test(err.message) ? email : /^'password'/.test(err.message) ? password : null) : null;
      if (onField) {
        onField.invalid(message);
        onField.input.focus();
      } else {
        const wait = err instanceof ApiError && err.retryAfterSec ? ` Try again in about ${err.retryAfterSec} s.` : '';
        error.textContent = (err instanceof ApiError && err.status === 401 ? 'Wrong email or password.' : message) + wait;
        error.hidden = false;
      }
    } finally {
      submit.disabled = false;
    }
  });

  const other = mode === 'up'
    ? h('p', {}, 'Already have an account? ', h('a', { href: `/signin${location.search}`, 'data-link': true }, 'Sign in'))
    : h('p', {}, 'No account yet? ', h('a', { href: `/signup${location.search}`, 'data-link': true }, 'Create one'));
  show(root, h('h1', {}, mode === 'up' ? 'Create an account' : 'Sign in'),
    h('p', { class: 'lead' }, 'With an account your sessions are kept with it: open them in any browser, share one with a coach, '
      + 'download or delete your data. You can also practise without one.'),
    form, other);
}

export const signInPage = (root: HTMLElement): void => accountForm(root, 'in');
export const signUpPage = (root: HTMLElement): void => accountForm(root, 'up');
