/*
 * Alibaba Cloud Footprint: fits embedded map iframes to their content.
 * Include after the iframes: <script src=".../embed-resize.js" async></script>
 * Every snippet carries it, so a page with two maps loads it twice: the second copy only looks for
 * iframes the first has not seen, and adds no second listener.
 * When an embed's iframe has loaded, it asks that embed for its height:
 * { type: "alibaba-cloud-footprint:request-height" }, sent to the iframe's origin only, and never to
 * a frame still showing about:blank (a lazy iframe not yet loaded), whose window is the page's own.
 * An iframe marked data-footprint-embed takes the height its map reports, and only when the
 * message comes from that iframe's own window and origin and has exactly the documented shape:
 * { type: "alibaba-cloud-footprint:resize", height: <integer from 100 to 5000> }.
 */
(function () {
  'use strict';
  var TYPE = 'alibaba-cloud-footprint:resize';
  var REQUEST = 'alibaba-cloud-footprint:request-height';
  var MIN = 100;
  var MAX = 5000;
  // One registry per page, under a key no other script uses by accident.
  var KEY = typeof Symbol === 'function' ? Symbol.for('alibaba-cloud-footprint.resize') : '__acfResize';

  function isResizeMessage(data) {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
    var keys = Object.keys(data);
    if (keys.length !== 2 || keys.indexOf('type') < 0 || keys.indexOf('height') < 0) return false;
    return (
      data.type === TYPE &&
      typeof data.height === 'number' &&
      Number.isInteger(data.height) &&
      data.height >= MIN &&
      data.height <= MAX
    );
  }

  function originOf(src) {
    try {
      return new URL(src, document.baseURI).origin;
    } catch (error) {
      return null;
    }
  }

  function onMessage(event) {
    if (!isResizeMessage(event.data)) return;
    var frames = document.querySelectorAll('iframe[data-footprint-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (originOf(frame.src) !== event.origin) return;
      frame.style.height = event.data.height + 'px';
      return;
    }
  }

  // A frame that has not loaded its map yet still shows about:blank, a document of this page's
  // origin that this page can read; a loaded map is of another origin (or the same origin, and
  // then no longer about:blank).
  function notLoaded(frame) {
    try {
      var doc = frame.contentDocument;
      return doc !== null && doc.URL === 'about:blank';
    } catch (error) {
      return false;
    }
  }

  // The map may have reported its height before this script was listening: ask it again, once it
  // has loaded and whenever it reloads, addressed to that iframe's origin only.
  function ask(frame) {
    var origin = originOf(frame.src);
    if (!origin || origin === 'null' || !frame.contentWindow || notLoaded(frame)) return;
    frame.contentWindow.postMessage({ type: REQUEST }, origin);
  }

  var registry = window[KEY];
  if (!registry) {
    registry = { seen: typeof WeakSet === 'function' ? new WeakSet() : null };
    Object.defineProperty(window, KEY, { value: registry });
    window.addEventListener('message', onMessage);
  }

  var frames = document.querySelectorAll('iframe[data-footprint-embed]');
  for (var i = 0; i < frames.length; i++) {
    var frame = frames[i];
    if (registry.seen && registry.seen.has(frame)) continue;
    if (registry.seen) registry.seen.add(frame);
    frame.addEventListener('load', ask.bind(null, frame));
    ask(frame);
  }
})();
