/*
 * Alibaba Cloud Footprint: fits embedded map iframes to their content.
 * Include once per page, after the iframes: <script src=".../embed-resize.js" async></script>
 * On start, and when an embed's iframe loads, it asks that embed for its height:
 * { type: "alibaba-cloud-footprint:request-height" }, sent to the iframe's origin only.
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

  // The map may have reported its height before this script was listening: ask each one again,
  // now and whenever its iframe (re)loads, addressed to that iframe's origin only.
  function ask(frame) {
    var origin = originOf(frame.src);
    if (origin && frame.contentWindow) frame.contentWindow.postMessage({ type: REQUEST }, origin);
  }

  window.addEventListener('message', onMessage);
  var frames = document.querySelectorAll('iframe[data-footprint-embed]');
  for (var i = 0; i < frames.length; i++) {
    frames[i].addEventListener('load', ask.bind(null, frames[i]));
    ask(frames[i]);
  }
})();
