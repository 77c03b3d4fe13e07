import { mount } from 'svelte';
import { parseViewState } from './data/input';
import { postHeightToParent } from './embed/post-height';
import App from './ui/App.svelte';
import EmbedView from './ui/EmbedView.svelte';
import './ui/global.css';
import { startApp } from './ui/start';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

const app = startApp((bounds) => parseViewState(location.search, bounds));
const siteRoot = new URL('./', location.href).href;

if (app.embed) {
  document.documentElement.classList.add('embedded');
  mount(EmbedView, {
    target,
    props: { app, siteRoot, onmount: postHeightToParent, standalone: true },
  });
} else {
  mount(App, { target, props: { app, siteRoot } });
}
