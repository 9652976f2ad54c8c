/*! Dossier embed snippet: inserts one Dossier view as an iframe right where this script tag is,
 * and keeps the iframe's height equal to the view's content height.
 *
 * One line in the host page (the "Embed / Share" dialog writes it for the current view):
 *   <script src="https://YOUR-DOSSIER/embed/dossier-embed.js" data-view="claims" async></script>
 *
 * Attributes (all optional):
 *   data-view    the view, as in the app's address: "timeline" (default), "claims", "search",
 *                "read", "read/DOC-ID", "speaker/NAME" (percent-encoded like an address).
 *   data-query   the view's deep-link state, a query string without "?": "event=ID",
 *                "q=convoy", "s=3".
 *   data-title   the iframe's accessible name (default "Dossier: " + the view).
 *   data-height  the height in pixels before the view reports its own (default 480).
 *   data-src     the address of the Dossier app (default: the folder above this script).
 *
 * The app (src/embed.rs) posts {type: "dossier:height", height} to its parent whenever its
 * height changes; only messages from this iframe and the app's origin are read. No cookies,
 * no requests of its own, no globals.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) return;
  var app = new URL(script.getAttribute('data-src') || '..', script.src);
  var view = (script.getAttribute('data-view') || 'timeline').replace(/^\/+/, '');
  var query = (script.getAttribute('data-query') || '').replace(/^\?/, '');
  var src = new URL(view, app.href.replace(/\/?$/, '/'));
  src.search = (query ? query + '&' : '') + 'embed=1';

  var frame = document.createElement('iframe');
  frame.src = src.href;
  frame.title = script.getAttribute('data-title') || 'Dossier: ' + view.split('/')[0];
  frame.loading = 'lazy';
  frame.setAttribute('referrerpolicy', 'no-referrer');
  frame.className = 'dossier-embed';
  frame.style.cssText = 'display:block;width:100%;border:0;height:'
    + (parseInt(script.getAttribute('data-height'), 10) || 480) + 'px';
  script.parentNode.insertBefore(frame, script.nextSibling);

  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow || event.origin !== src.origin) return;
    var data = event.data;
    if (!data || data.type !== 'dossier:height' || typeof data.height !== 'number') return;
    if (data.height > 0 && data.height < 100000) frame.style.height = Math.ceil(data.height) + 'px';
  });
})();
