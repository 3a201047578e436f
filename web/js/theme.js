// Applied before the page paints, so a dark-theme reader never sees a white flash.
(function () {
  try {
    var theme = localStorage.getItem('neurona-theme');
    if (theme === 'light' || theme === 'dark') {
      document.documentElement.setAttribute('data-theme', theme);
    }
  } catch (e) { /* storage disabled: follow the system setting */ }
})();
