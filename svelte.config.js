import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  // Component styles are injected by the components themselves: into the document on our pages, and
  // into the shadow root when the map is mounted inside the <alibaba-cloud-map> custom element.
  compilerOptions: { runes: true, css: 'injected' },
};
