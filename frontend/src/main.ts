import './style.css';
import { route, startRouter } from './router';
import { app } from './state';
import { checkPage } from './views/check';
import { historyPage } from './views/history';
import { practicePage } from './views/practice';
import { reportPage } from './views/report';
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
startRouter(document.getElementById('app')!);
