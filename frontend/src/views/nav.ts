/** The header's links: progress for everyone; sign in, or the account (and, for a coach, what is shared with them). */
import { currentAccount, onAccountChange } from '../account/auth';
import { h } from '../dom';

export function accountNav(nav: HTMLElement): void {
  const fill = () => {
    const a = currentAccount();
    nav.replaceChildren(...[
      a?.role === 'coach' ? h('a', { href: '/shared', 'data-link': true, id: 'nav-shared' }, 'Shared with you') : null,
      h('a', { href: '/history', 'data-link': true }, 'Your progress'),
      a ? h('a', { href: '/account', 'data-link': true, id: 'nav-account', 'aria-label': `Your account (${a.email})` }, 'Your account')
        : h('a', { href: '/signin', 'data-link': true, id: 'nav-sign-in' }, 'Sign in'),
    ].filter((n): n is HTMLAnchorElement => n !== null));
  };
  fill();
  onAccountChange(fill);
}
