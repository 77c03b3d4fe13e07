/**
 * The page's entry. When the HTML already shows the view the address asks for, the app's scripts
 * load once that map is on screen (`ui/first-paint.ts` says why); when `boot.js` has hidden it,
 * nothing is on screen to wait for, and they load at once. The styles stay here: the first paint
 * needs them.
 */
import './ui/global.css';
import { firstPaint } from './ui/first-paint.ts';
import { APP_PRERENDERED, STALE_CLASS } from './ui/html-contract.ts';

// `boot.js` marks <html> stale when it hid the HTML's map.
const htmlMapShown =
  document.querySelector(`#app[${APP_PRERENDERED}]`) && !document.querySelector(`.${STALE_CLASS}`);
if (htmlMapShown) await firstPaint(window);
await import('./start-page.ts');
