import './style.css';
import { onAccountChange, restore } from './account/auth';
import { route, startRouter } from './router';
import { app } from './state';
import { checkPage } from './views/check';
import { historyPage } from './views/history';
import { practicePage } from './views/practice';
import { accountPage } from './views/account';
import { accountNav } from './views/nav';
import { reportPage, sharedReportPage } from './views/report';
import { sharedPage } from './views/shared';
import { signInPage, signUpPage } from './views/signin';
import { startPage } from './views/start';

route('/', (root) => {
  // back on Start: a session begun on the device check but never practised is ended, not left waiting
  if (app.session) {
    app.session.end();
    app.session.close();
    app.session = null;
    app.stream = null;
  }
  startPage(root);
});
route('/check', checkPage);
route('/practice', practicePage);
route('/report/:id', reportPage);
route('/history', historyPage);
route('/signin', signInPage);
route('/signup', signUpPage);
route('/account', accountPage);
route('/shared', sharedPage);
route('/shared/:id', sharedReportPage);
// reports shown while signed in are not kept in memory for whoever uses the page next
onAccountChange((a) => { if (!a) app.reports.clear(); });
// a reload keeps the account: the refresh token this tab kept signs in again before the first page is drawn
restore().finally(() => {
  accountNav(document.getElementById('site-nav')!);
  startRouter(document.getElementById('app')!);
});
