// The entry: the stylesheets (so the HTML links them and the server's first screen in #root is
// painted styled), then the app once that screen is on the glass. The app's modules are
// downloaded meanwhile (vite.config.ts preloads them from the HTML); only running them waits, so a
// slow phone shows the page first and builds the app after, instead of the other way round.
import './styles/app.css';
import './styles/portal.css';
import './styles/calendar.css';
import { listenForStaleBuild } from './app/staleBuild.js';

listenForStaleBuild();

const afterFirstPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// The framework (React DOM, the biggest module) is run in a task of its own, then the app: one
// task running both held a slow phone's main thread for over 100 ms (Lighthouse counts each task
// over 50 ms as blocking).
void afterFirstPaint()
  .then(() => import('react-dom/client'))
  .then(nextTask)
  .then(() => import('./boot.js'));
