/*
 * Runs before the first paint of a page whose HTML already shows the map (rendered at build time
 * for one view, named on <html data-prerendered="2026 page light en">). When the address asks for
 * another year, the other kind of view, another colour scheme or another language (the full page
 * follows the browser's languages when the address names none), it marks the page so that CSS
 * hides that map until the app has drawn the view asked for: no reader sees a year or a language
 * that is not the one chosen. A region asked for on the same year is shown once the app opens it.
 * An external classic script, so a strict Content-Security-Policy (no inline script) allows it.
 * Its reading of the address follows `src/data/input.ts` and `src/data/languages.ts`.
 */
(function () {
  var root = document.documentElement;
  var shown = (root.getAttribute('data-prerendered') || '').split(' ');
  if (shown.length !== 4) return;
  var languages = (root.getAttribute('data-languages') || shown[3]).split(' ');
  var query = new URLSearchParams(location.search);
  var path = /\/view\/(\d{1,6})\//.exec(location.pathname);
  var embedPage = /\/embed\.html$/.test(location.pathname);
  var embedParam = query.get('embed');
  var embed = embedPage || embedParam === '' || embedParam === '1' || embedParam === 'true';
  var year = (query.get('year') || (path ? path[1] : shown[0])).trim();
  var theme = (query.get('theme') || '').trim().toLowerCase();
  if (theme !== 'light' && theme !== 'dark' && theme !== 'auto') theme = embed ? 'light' : 'auto';
  var scheme =
    theme === 'auto'
      ? matchMedia('(prefers-color-scheme: dark)').matches
        ? 'dark'
        : 'light'
      : theme;

  function ours(tag, loosely) {
    var asked = String(tag || '').trim().toLowerCase();
    for (var i = 0; i < languages.length; i++) {
      var lang = languages[i];
      if (lang.toLowerCase() === asked) return lang;
      if (loosely && lang.toLowerCase().split('-')[0] === asked.split(/[-_]/)[0]) return lang;
    }
    return '';
  }
  // A language's own folder (`zh-CN/view/2026/`) names it as the query would (see `view-url.ts`).
  var folder = /\/([\w-]+)\/(?:view\/\d{1,6}\/(?:[\w-]+\/)?)?(?:index\.html|embed\.html)?$/.exec(location.pathname);
  var lang = ours(query.get('lang'), false) || (folder && folder[1] !== 'en' ? ours(folder[1], false) : '');
  if (!lang && !embed) {
    var preferences = navigator.languages || [navigator.language];
    for (var p = 0; p < preferences.length && !lang; p++) {
      lang = ours(preferences[p], false) || ours(preferences[p], true);
    }
  }
  lang = lang || 'en';

  // The reader's words load beside the app's scripts, not after them.
  var chunks = (root.getAttribute('data-language-chunks') || '').split(' ');
  for (var c = 0; c < chunks.length; c++) {
    var pair = chunks[c].split('=');
    if (pair[0] !== lang || !pair[1]) continue;
    var preload = document.createElement('link');
    preload.rel = 'modulepreload';
    preload.href = pair[1];
    document.head.appendChild(preload);
  }

  var asked = [year, embed ? 'embed' : 'page', scheme, lang];
  if (asked.join(' ') !== shown.join(' ')) root.classList.add('prerender-stale');
})();
