/**
 * The page's entry. When the HTML already shows the view the address asks for, the app's scripts
 * load once that map is on screen (`ui/first-paint.ts` says why), as they do when it is the build's
 * view with the layers the address asks for; when `boot.js` has hidden it,
 * nothing is on screen to wait for, and they load at once. The styles stay here: the first paint
 * needs them.
 */
import './ui/global.css';
import { firstPaint } from './ui/first-paint.ts';
import { APP_PRERENDERED, LAYER_VIEW_PENDING, STALE_CLASS } from './ui/html-contract.ts';

// `boot.js` marks <html> stale when it hid the HTML's map, and pending while the build's view with
// the layers asked for is on its way to take the HTML's place.
const html = document.documentElement;
const htmlMapShown =
  document.querySelector(`#app[${APP_PRERENDERED}]`) &&
  (!html.classList.contains(STALE_CLASS) || html.hasAttribute(LAYER_VIEW_PENDING));
if (htmlMapShown) await firstPaint(window);
await import('./start-page.ts');
