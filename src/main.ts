import { mount } from 'svelte';
import { REGIONS } from './data/regions';
import { parseViewState } from './data/input';
import { postHeightToParent } from './embed/post-height';
import App from './ui/App.svelte';
import { AppState } from './ui/app-state.svelte';
import EmbedView from './ui/EmbedView.svelte';
import './ui/global.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

const initial = parseViewState(location.search, {
  first: 0,
  last: 9999,
  regionIds: REGIONS.map((region) => region.id),
});
const app = new AppState({ regions: REGIONS, now: new Date(), initial });
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
