// Neurona's browser glue: theme, math, code highlighting and the exercise form's layer rows.
// The live run view is in run-view.js, the result charts in run-result.js.
(function () {
  'use strict';

  function cssVar(name) {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  }

  function effectiveTheme() {
    var explicit = document.documentElement.getAttribute('data-theme');
    if (explicit) return explicit;
    return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  // ---------- helpers shared with the widgets (window.Neurona) ----------
  /** Typesets TeX into an element with KaTeX, or shows the source if KaTeX is unavailable. */
  function tex(el, source, display) {
    try {
      if (!window.katex) throw new Error('no KaTeX');
      katex.render(source, el, { displayMode: !!display, throwOnError: false });
    } catch (e) {
      el.textContent = source;
    }
  }

  /** A number typed with a decimal point or comma, or the fallback. */
  function number(text, fallback) {
    var x = parseFloat(String(text).replace(',', '.'));
    return isFinite(x) ? x : fallback;
  }

  /** Creates an SVG element with attributes, appended to parent if given. */
  function svg(name, attrs, parent) {
    var el = document.createElementNS('http://www.w3.org/2000/svg', name);
    Object.keys(attrs).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(el);
    return el;
  }

  /**
   * The message {@code key} that the page rendered from its bundles into root's data-msg-{key}
   * attribute, with each %name replaced by params[name] (the widgets' convention).
   */
  function message(root, key, params) {
    var text = root.getAttribute('data-msg-' + key) || '';
    Object.keys(params || {}).forEach(function (k) { text = text.split('%' + k).join(String(params[k])); });
    return text;
  }

  window.Neurona = { tex: tex, number: number, svg: svg, cssVar: cssVar, message: message };

  // ---------- math and code ----------
  // Typesetting is the page's heaviest script work. What is on screen (and a screen below) is typeset at once,
  // so the reader never sees it change; the rest follows in slices of a few milliseconds that leave the main
  // thread free to answer the reader between them. Off-screen changes move nothing the reader is looking at.
  var MATH_SLICE_MS = 8;

  function typeset(el) {
    if (el.hasAttribute('data-rendered')) return;
    tex(el, el.textContent, el.classList.contains('math-display'));
    el.setAttribute('data-rendered', '');
  }

  function typesetInSlices(queue) {
    var start = performance.now();
    while (queue.length && performance.now() - start < MATH_SLICE_MS) typeset(queue.shift());
    if (queue.length) setTimeout(function () { typesetInSlices(queue); }, 0);
  }

  function renderMath(root) {
    if (!window.katex) return;
    var reach = window.innerHeight * 2;
    var pending = Array.prototype.slice.call(root.querySelectorAll('.math:not([data-rendered])'));
    // positions read before any is typeset: one layout, not one per formula
    var near = pending.map(function (el) { return el.getBoundingClientRect().top < reach; });
    var later = pending.filter(function (el, i) { return !near[i]; });
    pending.forEach(function (el, i) { if (near[i]) typeset(el); });
    if (later.length) typesetInSlices(later);
  }

  function highlight(root) {
    if (!window.hljs) return;
    root.querySelectorAll('pre code[class*="language-"]:not(.hljs)').forEach(function (el) {
      hljs.highlightElement(el);
    });
  }

  // ---------- exercise form ----------
  function refreshLayers(form) {
    var rows = form.querySelectorAll('.layer-list .layer-row');
    var hint = form.querySelector('.no-layers');
    if (hint) hint.hidden = rows.length > 0;
    var fieldset = form.querySelector('.layers');
    var add = form.querySelector('.add-layer');
    if (add && fieldset) add.disabled = rows.length >= Number(fieldset.getAttribute('data-max-layers') || 8);
  }

  function addLayer(button) {
    var form = button.closest('form');
    var template = form.querySelector('.layer-template');
    var list = form.querySelector('.layer-list');
    list.appendChild(template.content.cloneNode(true));
    var inputs = list.querySelectorAll('input[name="hidden_units"]');
    inputs[inputs.length - 1].focus();
    refreshLayers(form);
    htmx.trigger(form, 'change');
  }

  function removeLayer(button) {
    var form = button.closest('form');
    button.closest('.layer-row').remove();
    refreshLayers(form);
    var add = form.querySelector('.add-layer');
    if (add) add.focus();
    htmx.trigger(form, 'change');
  }

  // The share link carries the configuration with the keys of exercise blocks (hidden=64 relu, 32 relu…).
  function refreshShareLink(form) {
    var link = form.querySelector('.share-link');
    if (!link) return;
    var params = new URLSearchParams();
    var units = form.querySelectorAll('input[name="hidden_units"]');
    var activations = form.querySelectorAll('select[name="hidden_activation"]');
    if (form.querySelector('input[name="hidden_layers_present"]') && !units[0]?.disabled) {
      var layers = [];
      units.forEach(function (input, i) { layers.push(input.value.trim() + ' ' + (activations[i] ? activations[i].value : '')); });
      params.set('hidden', layers.join(', '));
    }
    form.querySelectorAll('select[name]:not([name="hidden_activation"]), input[type="text"][name]').forEach(function (field) {
      if (!field.disabled) params.set(field.name, field.value.trim());
    });
    var restore = form.querySelector('input[name="restore_best"]');
    if (restore) params.set('restore_best', restore.checked ? 'true' : 'false');
    var features = form.querySelectorAll('input[name="feature"]');
    if (features.length && !features[0].disabled) {
      params.set('features', Array.prototype.filter.call(features, function (f) { return f.checked; })
        .map(function (f) { return f.value; }).join(', '));
    }
    var base = link.getAttribute('href').split('?')[0].split('#')[0];
    link.setAttribute('href', base + '?' + params.toString() + '#' + form.closest('.exercise').id);
  }


  function init(root) {
    renderMath(root);
    highlight(root);
    // the run scripts are loaded only by pages with exercises (see PageLibraries)
    if (Neurona.runView) root.querySelectorAll('.run').forEach(Neurona.runView);
    root.querySelectorAll('form.exercise-form').forEach(function (form) {
      refreshLayers(form);
      refreshShareLink(form);
    });
    if (Neurona.runView && root.matches && root.matches('.run')) Neurona.runView(root);
    if (Neurona.results) Neurona.results(root);
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    if (target.closest('.theme-toggle')) {
      var next = effectiveTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.setAttribute('data-theme', next);
      try { localStorage.setItem('neurona-theme', next); } catch (e) { /* not persisted */ }
    } else if (target.closest('.add-layer')) {
      addLayer(target.closest('.add-layer'));
    } else if (target.closest('.remove-layer')) {
      removeLayer(target.closest('.remove-layer'));
    }
  });

  document.addEventListener('change', function (event) {
    var form = event.target.closest && event.target.closest('form.exercise-form');
    if (form) refreshShareLink(form);
  });


  document.addEventListener('htmx:afterSwap', function (event) {
    var target = event.detail.target;
    if (target && target.classList && target.classList.contains('run-area')) {
      target.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
    }
  });

  // ---------- refused live streams ----------
  // A stream the server refuses (too many open: 429) closes the EventSource without a word; ask the
  // server why and show its notice above the element, until a later retry connects.
  document.addEventListener('htmx:sseError', function (event) {
    var source = event.detail && event.detail.source;
    var elt = event.target;
    if (!source || source.readyState !== EventSource.CLOSED || !elt || elt.dataset.streamNotice) return;
    elt.dataset.streamNotice = 'asking';
    fetch('/me/streams', { credentials: 'same-origin' }).then(function (response) {
      return response.status === 200 ? response.text() : '';
    }).then(function (html) {
      if (!html || !elt.isConnected) { delete elt.dataset.streamNotice; return; }
      var box = document.createElement('div');
      box.className = 'stream-refused';
      box.innerHTML = html;
      elt.parentNode.insertBefore(box, elt);
      elt.dataset.streamNotice = 'shown';
    }).catch(function () { delete elt.dataset.streamNotice; });
  });

  document.addEventListener('htmx:sseOpen', function (event) {
    var elt = event.target;
    if (!elt || elt.dataset.streamNotice !== 'shown') return;
    var box = elt.previousElementSibling;
    if (box && box.classList.contains('stream-refused')) box.remove();
    delete elt.dataset.streamNotice;
  });

  htmx.onLoad(init);
})();
