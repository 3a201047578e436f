// An exercise's "Ejecútalo tú mismo" box: posts the exercise's form as it stands (the same fields htmx
// would send) and saves the answer under the server's file name; a refusal's notice shows in the box.
(function () {
  'use strict';

  function fileName(disposition) {
    var match = /filename="([^"]+)"/.exec(disposition || '');
    return match ? match[1] : 'neurona';
  }

  function save(blob, name) {
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    // the browser has taken the file once the click is handled; the URL can go a moment later
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  function showError(status, text) {
    var notice = document.createElement('p');
    notice.className = 'notice error';
    notice.setAttribute('role', 'alert');
    notice.textContent = text;
    status.replaceChildren(notice);
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('.takehome-download');
    if (!button) return;
    var box = button.closest('.takehome');
    var form = document.getElementById(box.dataset.form);
    var status = box.querySelector('.takehome-status');
    status.replaceChildren();
    button.disabled = true;
    fetch(button.dataset.url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: window.NeuronaCsrf.headers({ 'Content-Type': 'application/x-www-form-urlencoded' }),
      body: new URLSearchParams(new FormData(form))
    }).then(function (response) {
      if (!response.ok) {
        return response.text().then(function (html) { status.innerHTML = html; });
      }
      var name = fileName(response.headers.get('Content-Disposition'));
      return response.blob().then(function (blob) { save(blob, name); });
    }).catch(function () {
      showError(status, box.dataset.errorNetwork);
    }).finally(function () {
      button.disabled = false;
    });
  });
})();
