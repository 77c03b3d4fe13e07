/**
 * The page's entry. When the HTML already shows the view the address asks for, the app's scripts
 * load once that map is on screen (`ui/first-paint.ts` says why); when `boot.js` puts the build's
 * view with the layers the address asks for in its place, once that is done; when `boot.js` has
 * hidden it, nothing is on screen to wait for, and they load at once. The styles stay here: the
 * first paint needs them.
 */
import './ui/global.css';
import './ui/prerendered.css';
import { firstPaint } from './ui/first-paint.ts';
import { htmlMapShown, LAYER_VIEW_PENDING, LAYER_VIEW_SETTLED } from './ui/html-contract.ts';

// `boot.js` marks <html> pending while it puts the build's view with the layers asked for in place
// of the HTML's map, and stale when it hid the HTML's map.
if (document.documentElement.hasAttribute(LAYER_VIEW_PENDING)) {
  await new Promise((settled) => addEventListener(LAYER_VIEW_SETTLED, settled, { once: true }));
}
if (htmlMapShown()) await firstPaint(window);
await import('./start-page.ts');
