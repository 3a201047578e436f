// Charts of a finished run and of a learner's runs: the K-fold average curve with its "skip the
// first epochs" control, the predicted-vs-actual scatter of a regression, the overlay of several
// runs (lesson 3.5) and the preset buttons that load a variant into the form.
(function () {
  'use strict';

  var cssVar = Neurona.cssVar;
  var svg = Neurona.svg;
  var PALETTE = ['--series-train', '--series-val', '--ok', '--danger', '--warn', '--accent-strong', '--text-muted'];

  function parse(el, name) {
    try { return JSON.parse(el.getAttribute(name) || '[]'); } catch (e) { return []; }
  }

  var charts = Neurona.charts;

  /** The figure's axes: x and y labels from its data-x-label and data-y-label (message bundles). */
  function figureAxes(figure) {
    return charts.axes(figure.getAttribute('data-x-label'), figure.getAttribute('data-y-label'));
  }

  /** Lesson 3.10: mean val_mae per epoch over the folds; skipping the first epochs rescales the y axis. */
  function kfoldAverage(figure) {
    var average = parse(figure, 'data-average');
    var plot = figure.querySelector('.plot');
    var slider = figure.querySelector('.skip-epochs');
    var output = figure.querySelector('.skip-value');
    var best = figure.querySelector('.best-epoch');
    var chart = charts.create(plot, 240, {
      scales: { x: { time: false } },
      axes: figureAxes(figure),
      series: [
        { label: figure.getAttribute('data-x-label') },
        { label: figure.getAttribute('data-label'), stroke: function () { return cssVar('--series-val'); }, width: 2,
          points: { show: false }, value: charts.value(4) }
      ]
    }, [[], []]);
    function draw() {
      var skip = Number(slider.value) || 0;
      output.textContent = String(skip);
      var xs = [];
      var ys = [];
      for (var i = skip; i < average.length; i++) { xs.push(i + 1); ys.push(average[i]); }
      chart.setData([xs, ys]);
      figure.setAttribute('data-shown', String(xs.length));
    }
    var bestIndex = 0;
    average.forEach(function (v, i) { if (v !== null && (average[bestIndex] === null || v < average[bestIndex])) bestIndex = i; });
    if (average.length && best) {
      best.textContent = figure.getAttribute('data-best-template').replace('%epoch', String(bestIndex + 1))
        .replace('%value', Number(average[bestIndex]).toFixed(4));
    }
    slider.addEventListener('input', draw);
    draw();
  }

  /** A regression's test set: each point an example, actual on x and predicted on y, over the perfect diagonal. */
  function scatter(figure) {
    var pairs = parse(figure, 'data-pairs');
    var host = figure.querySelector('.scatter-plot');
    if (!pairs.length) return;
    var lo = Infinity;
    var hi = -Infinity;
    pairs.forEach(function (p) { lo = Math.min(lo, p[0], p[1]); hi = Math.max(hi, p[0], p[1]); });
    lo = Math.floor(lo / 5) * 5;
    hi = Math.ceil(hi / 5) * 5;
    var W = 360, H = 320, L = 52, R = 12, T = 12, B = 44;
    var root = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, class: 'scatter-svg', role: 'presentation' }, host);
    function x(v) { return L + (v - lo) / (hi - lo) * (W - L - R); }
    function y(v) { return H - B - (v - lo) / (hi - lo) * (H - T - B); }
    for (var t = lo; t <= hi + 1e-9; t += (hi - lo) > 40 ? 10 : 5) {
      svg('line', { x1: x(t), x2: x(t), y1: T, y2: H - B, class: 'grid' }, root);
      svg('line', { x1: L, x2: W - R, y1: y(t), y2: y(t), class: 'grid' }, root);
      svg('text', { x: x(t), y: H - B + 16, 'text-anchor': 'middle', class: 'tick' }, root).textContent = String(t);
      svg('text', { x: L - 6, y: y(t) + 4, 'text-anchor': 'end', class: 'tick' }, root).textContent = String(t);
    }
    svg('line', { x1: x(lo), y1: y(lo), x2: x(hi), y2: y(hi), class: 'perfect' }, root);
    pairs.forEach(function (p) {
      var dot = svg('circle', { cx: x(p[0]), cy: y(p[1]), r: 3.5, class: 'point' }, root);
      svg('title', {}, dot).textContent = p[0].toFixed(1) + ' → ' + p[1].toFixed(1);
    });
    svg('text', { x: (L + W - R) / 2, y: H - 6, 'text-anchor': 'middle', class: 'axis-label' }, root).textContent = figure.getAttribute('data-x-label');
    svg('text', { x: 14, y: (T + H - B) / 2, 'text-anchor': 'middle', class: 'axis-label', transform: 'rotate(-90 14 ' + (T + H - B) / 2 + ')' }, root)
      .textContent = figure.getAttribute('data-y-label');
    var legend = document.createElement('p');
    legend.className = 'scatter-legend small';
    legend.innerHTML = '<span class="key point-key"></span> ' + figure.getAttribute('data-point') +
      ' <span class="key perfect-key"></span> ' + figure.getAttribute('data-perfect');
    host.appendChild(legend);
    figure.setAttribute('data-points', String(pairs.length));
  }

  /** Lesson 3.5: the learner's runs of one exercise, one line each, on the same axes. */
  function compare(figure) {
    var runs = parse(figure, 'data-runs');
    var plot = figure.querySelector('.plot');
    var picks = figure.querySelectorAll('.compare-pick input');
    var longest = runs.reduce(function (n, r) { return Math.max(n, r.values.length); }, 0);
    var xs = [];
    for (var i = 1; i <= longest; i++) xs.push(i);
    var series = [{ label: figure.getAttribute('data-x-label') }];
    runs.forEach(function (run, index) {
      var color = PALETTE[index % PALETTE.length];
      series.push({ label: run.label, stroke: function () { return cssVar(color); }, width: 2, spanGaps: false,
        points: { show: true, size: 5 }, value: charts.value(4) });
    });
    figure.querySelectorAll('.swatch').forEach(function (swatch) {
      swatch.style.background = 'var(' + PALETTE[Number(swatch.getAttribute('data-index')) % PALETTE.length] + ')';
    });
    var data = [xs].concat(runs.map(function (run) {
      return xs.map(function (x) { return x <= run.values.length ? run.values[x - 1] : null; });
    }));
    // the legend is the list of checkboxes beside the chart
    var chart = charts.create(plot, 240, {
      scales: { x: { time: false }, y: { range: charts.fromZero } },
      axes: figureAxes(figure),
      legend: { show: false },
      series: series
    }, data);
    picks.forEach(function (box, index) {
      box.addEventListener('change', function () { chart.setSeries(index + 1, { show: box.checked }); });
    });
    figure.setAttribute('data-series-count', String(runs.length));
  }

  /** Loads a preset (e.g. "4-4-1 + Dropout 0.5") into the form: layers and regularization fields. */
  function loadPreset(button) {
    var form = document.getElementById(button.getAttribute('data-form'));
    if (!form) return;
    var values = new URLSearchParams(button.getAttribute('data-values') || '');
    var list = form.querySelector('.layer-list');
    var template = form.querySelector('.layer-template');
    if (values.has('hidden') && list && template) {
      list.innerHTML = '';
      values.get('hidden').split(',').map(function (s) { return s.trim(); }).filter(Boolean).forEach(function (layer) {
        var parts = layer.split(/\s+/);
        var row = template.content.firstElementChild.cloneNode(true);
        row.querySelector('input[name="hidden_units"]').value = parts[0];
        if (parts[1]) row.querySelector('select[name="hidden_activation"]').value = parts[1];
        list.appendChild(row);
      });
    }
    var empty = form.querySelector('.no-layers');
    if (empty && list) empty.hidden = list.children.length > 0;
    values.forEach(function (value, key) {
      if (key === 'features') {
        var chosen = value.split(',').map(function (f) { return f.trim(); });
        form.querySelectorAll('input[name="feature"]').forEach(function (box) { box.checked = chosen.indexOf(box.value) >= 0; });
        return;
      }
      var field = form.querySelector('[name="' + key + '"]:not([type="hidden"])');
      if (field && key !== 'hidden' && !field.disabled) field.value = value;
    });
    form.querySelectorAll('.preset').forEach(function (b) { b.removeAttribute('aria-pressed'); });
    button.setAttribute('aria-pressed', 'true');
    form.dispatchEvent(new Event('change', { bubbles: true }));
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('.preset');
    if (button) loadPreset(button);
  });

  /** Runs `draw` once on every not yet drawn match of `selector` in root, root itself included (htmx hands over swapped elements). */
  function once(root, selector, draw) {
    var found = Array.prototype.slice.call(root.querySelectorAll ? root.querySelectorAll(selector) : []);
    if (root.matches && root.matches(selector)) found.push(root);
    found.forEach(function (el) {
      if (el.hasAttribute('data-drawn')) return;
      el.setAttribute('data-drawn', '');
      draw(el);
    });
  }

  /** A plane run's last decision map, kept in its result: redrawn when the run is replayed without its live grids. */
  function finalMap(holder) {
    var run = holder.closest('.run');
    var map;
    try { map = JSON.parse(holder.getAttribute('data-map')); } catch (e) { return; }
    if (!run || !map) return;
    var view = Neurona.runView(run);
    if (!view.map) return;
    view.map.update({ grid: { resolution: map.resolution, range: map.range, probabilities: map.probabilities }, train: map.train, test: map.test });
    run.setAttribute('data-final-map', '');
  }

  Neurona.results = function (root) {
    once(root, '.kfold-average', kfoldAverage);
    once(root, '.scatter', scatter);
    once(root, '.compare-chart', compare);
    once(root, '.final-map', finalMap);
  };
})();
