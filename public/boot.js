/*
 * Runs before the first paint of a page whose HTML already shows the map (rendered at build time
 * for one view, named on <html data-prerendered="2026 page light">). When the address asks for
 * another year, the other kind of view or another colour scheme, it marks the page so that CSS
 * hides that map until the app has drawn the view asked for: no reader sees a year that is not the
 * one chosen. A region asked for on the same year is shown once the app opens it. An external
 * classic script, so a strict Content-Security-Policy (no inline script) allows it.
 */
(function () {
  var root = document.documentElement;
  var shown = (root.getAttribute('data-prerendered') || '').split(' ');
  if (shown.length !== 3) return;
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
  var asked = [year, embed ? 'embed' : 'page', scheme];
  if (asked.join(' ') !== shown.join(' ')) root.classList.add('prerender-stale');
})();
