// Neurona's browser glue: theme, math, code highlighting, the exercise form's layer rows,
// and the live run view (uPlot charts + Keras-style epoch table fed by SSE events).
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

  window.Neurona = { tex: tex, number: number, svg: svg };

  // ---------- math and code ----------
  function renderMath(root) {
    if (!window.katex) return;
    root.querySelectorAll('.math:not([data-rendered])').forEach(function (el) {
      tex(el, el.textContent, el.classList.contains('math-display'));
      el.setAttribute('data-rendered', '');
    });
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
    var base = link.getAttribute('href').split('?')[0].split('#')[0];
    link.setAttribute('href', base + '?' + params.toString() + '#' + form.closest('.exercise').id);
  }

  // ---------- run view ----------
  var views = new WeakMap();

  function fmt(value) {
    return value === null || value === undefined ? '—' : Number(value).toFixed(4);
  }

  function RunView(root) {
    this.root = root;
    this.epochs = Number(root.getAttribute('data-epochs')) || 0;
    this.data = { x: [], loss: [], valLoss: [], acc: [], valAcc: [] };
    this.progress = root.querySelector('.epoch-progress progress');
    this.progressText = root.querySelector('.epoch-progress .progress-text');
    this.tbody = root.querySelector('.fit-table tbody');
    this.pending = false;
    this.charts = [];
    var self = this;
    root.querySelectorAll('.chart').forEach(function (figure) {
      self.charts.push(self.createChart(figure));
    });
    if (window.ResizeObserver) {
      new ResizeObserver(function () { self.resize(); }).observe(root.querySelector('.charts'));
    }
  }

  RunView.prototype.createChart = function (figure) {
    var kind = figure.getAttribute('data-chart');
    var plot = figure.querySelector('.plot');
    var train = kind === 'loss' ? 'loss' : 'accuracy';
    var val = kind === 'loss' ? 'val_loss' : 'val_accuracy';
    var self = this;
    var axisColor = function () { return cssVar('--text-muted'); };
    var gridColor = function () { return cssVar('--grid'); };
    var opts = {
      width: Math.max(plot.clientWidth, 240),
      height: 240,
      scales: {
        x: { time: false, range: function (u, min, max) { return [0, Math.max(self.epochs || 1, max || 1)]; } },
        y: { range: kind === 'accuracy'
          ? function (u, min, max) { return [Math.max(0, Math.min(min, 0.8) - 0.02), 1]; }
          : function (u, min, max) { return [0, Math.max(max || 0.5, 0.05) * 1.08]; } }
      },
      axes: [
        { label: figure.getAttribute('data-x-label'), stroke: axisColor, grid: { stroke: gridColor, width: 1 }, ticks: { stroke: gridColor },
          incrs: [1, 2, 5, 10, 20, 50], values: function (u, vals) { return vals.map(function (v) { return String(v); }); } },
        { label: figure.getAttribute('data-y-label'), stroke: axisColor, grid: { stroke: gridColor, width: 1 }, ticks: { stroke: gridColor }, size: 56,
          values: function (u, vals) { return vals.map(function (v) { return v.toFixed(kind === 'accuracy' ? 2 : 2); }); } }
      ],
      legend: { show: true, live: true },
      cursor: { drag: { x: false, y: false } },
      series: [
        { label: figure.getAttribute('data-x-label'), value: function (u, v) { return v === null || v === undefined ? '—' : v.toFixed(2); } },
        { label: train, stroke: function () { return cssVar('--series-train'); }, width: 2, spanGaps: true, points: { show: false },
          value: function (u, v) { return fmt(v); } },
        { label: val, stroke: function () { return cssVar('--series-val'); }, width: 2, spanGaps: true, dash: [6, 4],
          points: { show: true, size: 7, fill: function () { return cssVar('--series-val'); } }, value: function (u, v) { return fmt(v); } }
      ]
    };
    var chart = new uPlot(opts, [[], [], []], plot);
    chart.kind = kind;
    return chart;
  };

  RunView.prototype.resize = function () {
    this.charts.forEach(function (chart) {
      var width = chart.root.parentElement.clientWidth;
      if (width > 0 && Math.abs(width - chart.width) > 2) chart.setSize({ width: width, height: 240 });
    });
  };

  RunView.prototype.redraw = function () {
    var self = this;
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(function () {
      self.pending = false;
      var d = self.data;
      self.root.setAttribute('data-points', String(d.x.length));
      self.charts.forEach(function (chart) {
        chart.setData(chart.kind === 'loss' ? [d.x, d.loss, d.valLoss] : [d.x, d.acc, d.valAcc]);
      });
    });
  };

  RunView.prototype.batch = function (e) {
    var d = this.data;
    d.x.push(e.x); d.loss.push(e.loss); d.valLoss.push(null); d.acc.push(e.accuracy); d.valAcc.push(null);
    this.progress.value = e.step / e.steps;
    this.progress.setAttribute('aria-valuenow', String(Math.round(100 * e.step / e.steps)));
    this.progressText.textContent = 'Epoch ' + e.epoch + (this.epochs ? '/' + this.epochs : '') + ' · ' + e.step + '/' + e.steps +
      ' · loss: ' + fmt(e.loss) + ' · accuracy: ' + fmt(e.accuracy);
    this.redraw();
  };

  RunView.prototype.epoch = function (e) {
    this.epochs = e.epochs;
    var d = this.data;
    if (e.val_loss !== null || e.val_accuracy !== null) {
      d.x.push(e.epoch); d.loss.push(null); d.valLoss.push(e.val_loss); d.acc.push(null); d.valAcc.push(e.val_accuracy);
    }
    var row = document.createElement('tr');
    [e.epoch + '/' + e.epochs, e.steps + '/' + e.steps, e.seconds.toFixed(1) + ' s', fmt(e.loss), fmt(e.accuracy), fmt(e.val_loss), fmt(e.val_accuracy)]
      .forEach(function (text) {
        var cell = document.createElement('td');
        cell.textContent = text;
        row.appendChild(cell);
      });
    this.tbody.appendChild(row);
    this.redraw();
  };

  RunView.prototype.done = function () {
    this.progress.value = this.progress.max;
    this.root.setAttribute('data-done', '');
    document.body.dispatchEvent(new CustomEvent('neurona:run-ended', { bubbles: true }));
  };

  function viewFor(root) {
    var view = views.get(root);
    if (!view) {
      view = new RunView(root);
      views.set(root, view);
    }
    return view;
  }

  function init(root) {
    renderMath(root);
    highlight(root);
    root.querySelectorAll('.run').forEach(viewFor);
    root.querySelectorAll('form.exercise-form').forEach(function (form) {
      refreshLayers(form);
      refreshShareLink(form);
    });
    if (root.matches && root.matches('.run')) viewFor(root);
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    if (target.closest('.theme-toggle')) {
      var next = effectiveTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.setAttribute('data-theme', next);
      try { localStorage.setItem('neurona-theme', next); } catch (e) { /* not persisted */ }
      document.querySelectorAll('.run').forEach(function (run) {
        var view = views.get(run);
        if (view) view.charts.forEach(function (c) { c.redraw(); });
      });
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

  document.addEventListener('htmx:sseBeforeMessage', function (event) {
    var type = event.detail.type;
    if (type !== 'batch' && type !== 'epoch' && type !== 'done') return;
    event.preventDefault();
    var run = event.target.closest('.run');
    if (!run) return;
    var view = viewFor(run);
    if (type === 'done') {
      view.done();
    } else {
      view[type](JSON.parse(event.detail.data));
    }
  });

  document.addEventListener('htmx:afterSwap', function (event) {
    var target = event.detail.target;
    if (target && target.classList && target.classList.contains('run-area')) {
      target.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
    }
  });

  htmx.onLoad(init);
})();
