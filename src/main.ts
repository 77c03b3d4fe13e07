import { mount } from 'svelte';
import { parseViewState } from './data/input';
import { readLocation } from './data/view-url';
import { postHeightToParent } from './embed/post-height';
import { readSecret, wordpressLink } from './embed/wordpress';
import App from './ui/App.svelte';
import EmbedView from './ui/EmbedView.svelte';
import './ui/global.css';
import { startApp } from './ui/start';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

const view = readLocation(location.pathname, location.search);
const app = startApp((bounds) => parseViewState(view.search, bounds));
const siteRoot = new URL(view.root, location.href).href;

if (app.embed) {
  document.documentElement.classList.add('embedded');
  // WordPress's oEmbed iframe: sandboxed (an opaque origin), with a secret for its protocol.
  const secret = readSecret(location.hash);
  const sandboxed = self.origin === 'null' || secret !== undefined;
  mount(EmbedView, {
    target,
    props: {
      app,
      siteRoot,
      onmount: (root: HTMLElement) => postHeightToParent(root, secret),
      standalone: true,
      sandbox: sandboxed
        ? {
            follow: secret
              ? (url: string) => window.parent.postMessage(wordpressLink(secret, url), '*')
              : undefined,
          }
        : undefined,
    },
  });
} else {
  // The address moves with the view (`view/2026/paris/`), and the browser asks for the icon late,
  // against the address of the moment: it is pinned to the site's root first.
  const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
  icon?.setAttribute(
    'href',
    new URL(icon.getAttribute('href') ?? 'favicon.svg', location.href).href,
  );
  mount(App, { target, props: { app, siteRoot } });
}
