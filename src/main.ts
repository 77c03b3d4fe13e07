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

// A button of the HTML's pressed before the app has taken it over (Embed, play, a crowd's count)
// does nothing then: when the reader's last click was on one, it is pressed again once the app
// has, on the very element, which hydration keeps. (The slider and the boxes keep their own
// state: see `early-choices.ts`.) A press while the parser is still reading the page, before this
// module runs, is not kept: `boot.js` could listen that early, but it holds the first paint back.
let pressed: HTMLButtonElement | null | undefined;
document.onclick = (event) => {
  pressed = (event.target as Element).closest?.('button');
};

// `boot.js` marks <html> pending while it puts the build's view with the layers asked for in place
// of the HTML's map, and stale when it hid the HTML's map.
if (document.documentElement.hasAttribute(LAYER_VIEW_PENDING)) {
  await new Promise((settled) => addEventListener(LAYER_VIEW_SETTLED, settled, { once: true }));
}
if (htmlMapShown()) await firstPaint(window);
await import('./start-page.ts');
document.onclick = null;
// One the app drew afresh is gone from the page: pressing it does nothing.
pressed?.click();
