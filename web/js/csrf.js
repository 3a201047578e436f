// Cross-site request forgery protection, browser side: every request htmx sends carries the
// X-CSRF-Token header with the neurona_csrf cookie's token, which the server checks on unsafe
// requests (CsrfFilter). Our own fetch calls add it through NeuronaCsrf.headers(...).
(function () {
  'use strict';

  var COOKIE = 'neurona_csrf';
  var HEADER = 'X-CSRF-Token';

  /** The token as it is now: read at each request, so a cookie renewed by another tab is followed. */
  function token() {
    var parts = document.cookie ? document.cookie.split(';') : [];
    for (var i = 0; i < parts.length; i++) {
      var pair = parts[i].trim();
      if (pair.indexOf(COOKIE + '=') === 0) return pair.substring(COOKIE.length + 1);
    }
    return '';
  }

  /** The given fetch headers with the token added. */
  function headers(base) {
    var all = {};
    Object.keys(base || {}).forEach(function (name) { all[name] = base[name]; });
    all[HEADER] = token();
    return all;
  }

  document.addEventListener('htmx:configRequest', function (event) {
    event.detail.headers[HEADER] = token();
  });

  window.NeuronaCsrf = { header: HEADER, token: token, headers: headers };
})();
