// Applied before the page paints, so a dark-theme reader never sees a white flash. The theme is
// the learner's choice if they made one, otherwise the system's, and follows the system live.
(function () {
  var key = 'neurona-theme';
  var system = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  function stored() {
    try { return localStorage.getItem(key); } catch (e) { return null; }
  }
  function apply() {
    var choice = stored();
    var theme = choice === 'light' || choice === 'dark' ? choice : (system && system.matches ? 'dark' : 'light');
    document.documentElement.setAttribute('data-theme', theme);
  }
  apply();
  if (system && system.addEventListener) {
    system.addEventListener('change', apply);
  }
})();
