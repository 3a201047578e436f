// Module 2's hand-written network (lessons 2.2–2.5). Every number comes from the server, which runs
// the real ND4J network (POST /scratch/...); this file only asks and draws: the points and the
// parameters (view "data"), one forward pass layer by layer ("forward"), one gradient step checked
// against DL4J ("backward"), and a live training, asked for a chunk of iterations at a time ("train").
(function () {
  'use strict';

  if (window.NeuronaScratch) {
    window.NeuronaScratch.initAll(document);
    return;
  }

  /** The plotted square, a little larger than the [−1, 1]² of the decision grid so every point shows. */
  var RANGE = 1.25;
  /** Iterations asked for per request; the server may answer with fewer to stay within its time budget. */
  var CHUNK = 1000;
  var CURVE_HEIGHT = 260;

  // ---------- small helpers ----------

  var cssVar = Neurona.cssVar;

  /** A number with fixed decimals and a real minus sign, as the course prints them. */
  function fmt(x, digits) {
    if (x === null || x === undefined || !isFinite(x)) return '—';
    var text = Number(x).toFixed(digits);
    if (/^-0\.?0*$/.test(text)) text = text.slice(1);
    return text.replace('-', '−');
  }

  /** Very small or very large numbers in scientific notation: 3.1e−7. */
  function sci(x) {
    if (!isFinite(x)) return '—';
    if (x === 0) return '0';
    var a = Math.abs(x);
    if (a >= 0.001 && a < 10000) return fmt(x, a < 1 ? 4 : 2);
    return x.toExponential(1).replace('e+', 'e').replace('-', '−');
  }

  /** 20000 → "20,000", as the other widgets print counts. */
  function thousands(n) {
    return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }

  function shape(dims) {
    return '(' + dims.join(', ') + ')';
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function post(path, body) {
    return fetch(path, {
      method: 'POST', credentials: 'same-origin',
      headers: NeuronaCsrf.headers({ 'Content-Type': 'application/json', 'Accept': 'application/json' }),
      body: JSON.stringify(body || {})
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        return { ok: response.ok, status: response.status, data: data };
      });
    });
  }

  // ---------- matrices as tables ----------

  /**
   * A matrix as a small table: named, with its shape, each cell tinted blue (positive) or orange
   * (negative), stronger the larger its magnitude. {@code full} is the shape of the whole array when
   * only its first rows are shown.
   */
  function matrixTable(matrix, options) {
    var opts = options || {};
    var digits = opts.digits === undefined ? 3 : opts.digits;
    var dims = opts.full || [matrix.rows, matrix.columns];
    var figure = el('figure', { 'class': 'sc-matrix', 'data-name': matrix.name, 'data-shape': shape(dims) });
    var caption = el('figcaption');
    caption.appendChild(el('code', {}, matrix.name));
    caption.appendChild(document.createTextNode(' '));
    caption.appendChild(el('span', { 'class': 'sc-shape' }, shape(dims)));
    if (opts.note) caption.appendChild(el('span', { 'class': 'sc-caption-note' }, opts.note));
    figure.appendChild(caption);
    var max = 0;
    matrix.values.forEach(function (v) { max = Math.max(max, Math.abs(v)); });
    var wrap = el('div', { 'class': 'table-wrap' });
    var table = el('table');
    var body = el('tbody');
    for (var r = 0; r < matrix.rows; r++) {
      var tr = el('tr');
      if (opts.rowNumbers) tr.appendChild(el('th', { scope: 'row', 'class': 'sc-row' }, String(r)));
      for (var c = 0; c < matrix.columns; c++) {
        var v = matrix.values[r * matrix.columns + c];
        var td = el('td', {}, fmt(v, digits));
        var strength = max > 0 ? Math.abs(v) / max : 0;
        td.style.setProperty('--tint', String(0.06 + 0.34 * strength));
        td.setAttribute('data-sign', v > 0 ? '+' : v < 0 ? '-' : '0');
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    if (opts.more) {
      var dots = el('tr', { 'class': 'sc-more' });
      dots.appendChild(el('td', { colspan: String(matrix.columns + (opts.rowNumbers ? 1 : 0)) }, opts.more));
      body.appendChild(dots);
    }
    table.appendChild(body);
    wrap.appendChild(table);
    figure.appendChild(wrap);
    return figure;
  }

  // ---------- the plane: points, and the decision map under them (painted by plane-map.js) ----------

  /** The server's {x1: [...], x2: [...], labels: [...]} as the painter's [x1, x2, label] rows. */
  function rows(points) {
    return points.x1.map(function (x1, k) { return [x1, points.x2[k], points.labels[k]]; });
  }

  // ---------- one widget ----------

  function Scratch(root) {
    this.root = root;
    this.view = root.getAttribute('data-view') || 'data';
    this.form = root.querySelector('[data-role=form]');
    this.runButton = root.querySelector('[data-role=run]');
    var canvas = root.querySelector('[data-role=plane]');
    // the plot is a little wider than the grid's [−1, 1]², so every point shows; ticks stay on [−1, 1]
    this.plane = canvas ? Neurona.planeMap(canvas, { range: RANGE, tickRange: 1 }) : null;
    this.hasPoints = false;
    var self = this;
    this.form.addEventListener('submit', function (event) {
      event.preventDefault();
      self.run();
    });
    if (window.ResizeObserver && this.plane) {
      new ResizeObserver(function () { self.plane.draw(); }).observe(root);
    }
    this.setUp();
  }

  Scratch.prototype.msg = function (key, params) {
    return Neurona.message(this.root, key, params);
  };

  Scratch.prototype.out = function (name) {
    return this.root.querySelector('[data-out="' + name + '"]');
  };

  Scratch.prototype.values = function () {
    var values = {};
    this.form.querySelectorAll('input[name]').forEach(function (input) { values[input.name] = input.value.trim(); });
    return values;
  };

  Scratch.prototype.announce = function (text) {
    this.out('live').textContent = text;
  };

  Scratch.prototype.clearErrors = function () {
    this.root.querySelectorAll('[data-error-for]').forEach(function (span) { span.textContent = ''; });
    this.form.querySelectorAll('input[aria-invalid]').forEach(function (input) { input.removeAttribute('aria-invalid'); });
    this.out('alert').textContent = '';
  };

  /** A refusal from the server: beside its field if it names one, otherwise above the results. */
  Scratch.prototype.showError = function (answer) {
    var data = answer && answer.data ? answer.data : {};
    var message = data.message || this.msg('network-error');
    var span = data.field ? this.root.querySelector('[data-error-for="' + data.field + '"]') : null;
    if (span) {
      span.textContent = message;
      var input = this.form.querySelector('input[name="' + data.field + '"]');
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        input.focus();
      }
    } else {
      this.out('alert').textContent = message;
    }
  };

  /** Sends the form to {@code path}; the answer's data, or null after showing why not. */
  Scratch.prototype.ask = function (path, extra) {
    var self = this;
    var body = this.values();
    Object.keys(extra || {}).forEach(function (k) { body[k] = extra[k]; });
    this.clearErrors();
    this.root.setAttribute('aria-busy', 'true');
    return post(path, body).then(function (answer) {
      self.root.removeAttribute('aria-busy');
      if (!answer.ok) {
        self.showError(answer);
        return null;
      }
      return answer.data;
    }, function () {
      self.root.removeAttribute('aria-busy');
      self.showError(null);
      return null;
    });
  };

  Scratch.prototype.setUp = function () {
    if (this.view === 'forward') this.setUpForward();
    if (this.view === 'backward') this.setUpBackward();
    if (this.view === 'train') this.setUpTrain();
    // lessons 2.2 and 2.3 start from something to look at; 2.4 and 2.5 wait for the learner
    if (this.view === 'data' || this.view === 'forward') this.run();
    this.root.setAttribute('data-ready', '');
  };

  Scratch.prototype.run = function () {
    if (this.view === 'forward') return this.runForward();
    if (this.view === 'backward') return this.runBackward();
    if (this.view === 'train') return this.startTraining();
    return this.runData();
  };

  Scratch.prototype.showPoints = function (points) {
    this.hasPoints = true;
    this.plane.update({ train: rows(points) });
  };

  Scratch.prototype.redraw = function () {
    if (this.plane) this.plane.restyle();
  };

  // ---------- 2.2: the data and the parameters ----------

  Scratch.prototype.runData = function () {
    var self = this;
    return this.ask('/scratch/data').then(function (data) {
      if (!data) return;
      self.showPoints(data.points);
      var box = self.out('parameters');
      box.innerHTML = '';
      data.parameters.forEach(function (m) { box.appendChild(matrixTable(m, { digits: 3 })); });
      self.out('total').textContent = '12 + 40 + 9 = ' + data.parameterCount;
      self.root.setAttribute('data-seed', String(data.seed));
      self.announce(self.msg('generated', { seed: data.seed }));
    });
  };

  // ---------- 2.3: one forward pass, stage by stage ----------

  Scratch.prototype.setUpForward = function () {
    var self = this;
    this.stage = 0;
    this.root.querySelector('[data-role=prev]').addEventListener('click', function () { self.showStage(self.stage - 1); });
    this.root.querySelector('[data-role=next]').addEventListener('click', function () { self.showStage(self.stage + 1); });
  };

  Scratch.prototype.runForward = function () {
    var self = this;
    return this.ask('/scratch/forward').then(function (report) {
      if (!report) return;
      self.forward = report;
      self.root.setAttribute('data-seed', String(report.seed));
      self.buildPipeline();
      self.showStage(0);
      self.announce(self.msg('generated', { seed: report.seed }));
    });
  };

  Scratch.prototype.buildPipeline = function () {
    var self = this;
    var list = this.out('pipeline');
    list.innerHTML = '';
    var stages = [{ title: this.msg('input'), detail: 'X ' + shape(this.forward.inputShape) }];
    this.forward.layers.forEach(function (layer) {
      stages.push({ title: self.msg('layer', { l: layer.index }), detail: 'A' + layer.index + ' ' + shape(layer.aShape) });
    });
    stages.forEach(function (stage, k) {
      var li = el('li');
      var button = el('button', { type: 'button', 'data-stage': String(k) });
      button.appendChild(el('span', { 'class': 'sc-stage-title' }, stage.title));
      button.appendChild(el('code', {}, stage.detail));
      button.addEventListener('click', function () { self.showStage(k); });
      li.appendChild(button);
      list.appendChild(li);
    });
  };

  Scratch.prototype.showStage = function (k) {
    var report = this.forward;
    if (!report) return;
    var last = report.layers.length;
    k = Math.max(0, Math.min(last, k));
    this.stage = k;
    this.root.setAttribute('data-stage', String(k));
    this.out('pipeline').querySelectorAll('button').forEach(function (button, i) {
      if (i === k) button.setAttribute('aria-current', 'step'); else button.removeAttribute('aria-current');
      button.classList.toggle('is-done', i < k);
    });
    this.root.querySelector('[data-role=prev]').disabled = k === 0;
    this.root.querySelector('[data-role=next]').disabled = k === last;
    this.out('step-of').textContent = this.msg('step-of', { s: k + 1, n: last + 1 });
    var n = report.inputShape[0];
    var more = this.msg('rows-of', { k: report.inputRows.rows, n: thousands(n) });
    var matrices = this.out('matrices');
    matrices.innerHTML = '';
    var output = this.out('output');
    output.textContent = '';
    if (k === 0) {
      Neurona.tex(this.out('formula'), 'A^{[0]} = X', true);
      this.out('shapes').textContent = 'X: ' + shape(report.inputShape);
      this.out('explain').textContent = this.msg('input-explain');
      matrices.appendChild(matrixTable(report.inputRows, { full: report.inputShape, rowNumbers: true, more: more }));
      return;
    }
    var layer = report.layers[k - 1];
    var previous = k === 1 ? 'X' : 'A^{[' + (k - 1) + ']}';
    var g = layer.activation === 'sigmoid' ? '\\sigma' : '\\operatorname{relu}';
    Neurona.tex(this.out('formula'), 'Z^{[' + k + ']} = ' + previous + '\\,W^{[' + k + ']} + b^{[' + k + ']}, \\qquad A^{[' + k + ']} = ' +
      g + '\\bigl(Z^{[' + k + ']}\\bigr)', true);
    var inShape = k === 1 ? report.inputShape : report.layers[k - 2].aShape;
    this.out('shapes').textContent = shape(inShape) + ' · ' + shape([layer.weights.rows, layer.weights.columns]) + ' + ' +
      shape([layer.bias.rows, layer.bias.columns]) + ' → Z' + k + ' ' + shape(layer.zShape) + ' → A' + k + ' ' + shape(layer.aShape);
    this.out('explain').textContent = layer.activation === 'sigmoid'
      ? this.msg('output-explain') : this.msg('hidden-explain', { l: k, units: layer.weights.columns });
    matrices.appendChild(matrixTable(layer.weights, {}));
    matrices.appendChild(matrixTable(layer.bias, {}));
    matrices.appendChild(matrixTable(layer.zRows, { full: layer.zShape, rowNumbers: true, more: more }));
    matrices.appendChild(matrixTable(layer.aRows, { full: layer.aShape, rowNumbers: true, more: more }));
    if (k === last) {
      output.textContent = this.msg('output-summary', {
        mean: fmt(report.outputMean, 3), min: fmt(report.outputMin, 3), max: fmt(report.outputMax, 3), mse: fmt(report.mse, 4)
      });
    }
  };

  // ---------- 2.4: one backward pass and one update, checked against DL4J ----------

  Scratch.prototype.setUpBackward = function () {
    var self = this;
    var tabs = this.out('tabs');
    ['W1', 'b1', 'W2', 'b2', 'W3', 'b3'].forEach(function (name, i) {
      var label = el('label', { 'class': 'sc-tab' });
      var input = el('input', { type: 'radio', name: self.root.id + '-parameter', value: String(i) });
      if (i === 0) input.checked = true;
      input.addEventListener('change', function () { self.showUpdate(i); });
      label.appendChild(input);
      label.appendChild(el('span', {}, name));
      tabs.appendChild(label);
    });
  };

  Scratch.prototype.runBackward = function () {
    var self = this;
    return this.ask('/scratch/step').then(function (report) {
      if (!report) return;
      self.step = report;
      self.root.setAttribute('data-seed', String(report.seed));
      self.out('mse-before').textContent = fmt(report.mseBefore, 6);
      self.out('mse-after').textContent = fmt(report.mseAfter, 6);
      var change = report.mseAfter - report.mseBefore;
      self.out('mse-change').textContent = (change > 0 ? '+' : '') + fmt(change, 6);
      var check = report.check;
      var matches = check.parameters.every(function (p) { return p.relativeDifference <= 1e-4; }) &&
        Math.abs(check.ourMse - check.dl4jMse) <= 1e-6;
      var verdict = self.out('verdict');
      verdict.textContent = (matches ? '✓ ' : '✗ ') + self.msg(matches ? 'match-yes' : 'match-no') +
        ' MSE: ' + fmt(check.ourMse, 6) + ' / DL4J ' + fmt(check.dl4jMse, 6);
      verdict.setAttribute('data-matches', String(matches));
      var body = self.out('check');
      body.innerHTML = '';
      check.parameters.forEach(function (p) {
        var ok = p.relativeDifference <= 1e-4;
        var tr = el('tr', { 'data-matches': String(ok) });
        tr.appendChild(el('th', { scope: 'row' }, p.name));
        tr.appendChild(el('td', {}, shape(p.shape)));
        tr.appendChild(el('td', {}, p.dl4jName));
        tr.appendChild(el('td', { 'class': 'num' }, p.bias ? '2 · ' + thousands(p.expectedFactor / 2) : '2'));
        tr.appendChild(el('td', { 'class': 'num' }, p.bias ? fmt(p.observedFactor, 2) : fmt(p.observedFactor, 5)));
        tr.appendChild(el('td', { 'class': 'num' }, sci(p.relativeDifference)));
        tr.appendChild(el('td', { 'class': ok ? 'sc-ok' : 'sc-bad' }, (ok ? '✓ ' : '✗ ') + self.msg(ok ? 'matches' : 'differs')));
        body.appendChild(tr);
      });
      var selected = self.out('tabs').querySelector('input:checked');
      self.showUpdate(selected ? Number(selected.value) : 0);
      self.announce(self.msg('stepped', { before: fmt(report.mseBefore, 6), after: fmt(report.mseAfter, 6) }) + ' ' + verdict.textContent);
    });
  };

  Scratch.prototype.showUpdate = function (i) {
    var report = this.step;
    var box = this.out('update');
    if (!report) return;
    box.innerHTML = '';
    var before = report.before[i], gradient = report.gradients[i], after = report.after[i];
    var change = 0;
    for (var k = 0; k < after.values.length; k++) change = Math.max(change, Math.abs(after.values[k] - before.values[k]));
    box.appendChild(matrixTable(before, { digits: 4, note: this.msg('before') }));
    box.appendChild(matrixTable(gradient, { digits: 4, note: this.msg('gradient') }));
    box.appendChild(matrixTable(after, { digits: 4, note: this.msg('after') + ' · max |Δ| = ' + sci(change) }));
  };

  // ---------- 2.5: a live training ----------

  Scratch.prototype.setUpTrain = function () {
    var self = this;
    this.running = false;
    this.iterations = 20000;
    this.stopButton = this.root.querySelector('[data-role=stop]');
    this.resumeButton = this.root.querySelector('[data-role=resume]');
    this.stopButton.addEventListener('click', function () { self.stop(); });
    this.resumeButton.addEventListener('click', function () { self.resume(); });
    this.curve = { x: [], y: [] };
    this.createChart();
    // a training already under way (the learner reloaded or came back) is shown as it stands
    fetch('/scratch/training', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.status === 200 ? response.json() : null; })
      .then(function (current) {
        if (current) {
          self.restore(current);
        } else {
          self.previewPoints();
        }
      }, function () { self.previewPoints(); });
  };

  /** Before any training: the points of the seed in the form, without a map. */
  Scratch.prototype.previewPoints = function () {
    var self = this;
    post('/scratch/data', { seed: this.values().seed }).then(function (answer) {
      if (answer.ok && !self.hasPoints) self.showPoints(answer.data.points);
    });
  };

  Scratch.prototype.createChart = function () {
    var self = this;
    var box = this.root.querySelector('[data-role=curve]');
    var xLabel = box.getAttribute('data-x-label');
    var yLabel = box.getAttribute('data-y-label');
    var charts = Neurona.charts;
    this.chart = charts.create(box, CURVE_HEIGHT, {
      scales: {
        x: { time: false, range: function () { return [0, self.iterations]; } },
        y: { range: function (u, min, max) { return [0, Math.max(0.3, (max || 0) * 1.08)]; } }
      },
      axes: charts.axes(xLabel, yLabel, { ySize: 52, xIncrs: null,
        xValues: function (u, vals) { return vals.map(function (v) { return thousands(v); }); } }),
      series: [
        { label: xLabel, value: function (u, v) { return v === null || v === undefined ? '—' : thousands(v); } },
        { label: yLabel, stroke: function () { return cssVar('--series-train'); }, width: 2, points: { show: false },
          value: charts.value(4) }
      ]
    }, [[], []]);
  };

  Scratch.prototype.setButtons = function () {
    var finished = this.progress && this.progress.finished;
    this.runButton.disabled = this.running;
    this.stopButton.disabled = !this.running;
    this.resumeButton.disabled = this.running || !this.progress || finished;
  };

  Scratch.prototype.startTraining = function () {
    var self = this;
    if (this.running) return;
    this.running = true;
    this.setButtons();
    return this.ask('/scratch/training').then(function (start) {
      if (!start) {
        self.running = false;
        self.setButtons();
        return;
      }
      self.curve = { x: [], y: [] };
      self.showPoints(start.points);
      self.apply(start.progress);
      self.out('alert').textContent = '';
      self.announce(self.msg('training'));
      self.loop();
    });
  };

  Scratch.prototype.restore = function (current) {
    var self = this;
    var p = current.progress;
    [['seed', String(p.seed)], ['learning_rate', String(p.learningRate)], ['iterations', String(p.iterations)]].forEach(function (pair) {
      var input = self.form.querySelector('input[name="' + pair[0] + '"]');
      if (input) input.value = pair[1];
    });
    this.showPoints(current.points);
    this.apply(p);
    if (!p.finished) this.out('alert').textContent = this.msg('stopped', { i: thousands(p.iteration) });
    this.setButtons();
  };

  /** Adds the new curve points and shows the state the server reported. */
  Scratch.prototype.apply = function (progress) {
    var curve = this.curve;
    progress.curve.forEach(function (point) {
      if (!curve.x.length || point.iteration > curve.x[curve.x.length - 1]) {
        curve.x.push(point.iteration);
        curve.y.push(point.mse);
      }
    });
    this.progress = progress;
    this.iterations = progress.iterations;
    this.chart.setData([curve.x, curve.y]);
    // the curve's ends in numbers, read by the browser tests
    this.root.setAttribute('data-points', String(curve.x.length));
    if (curve.y.length) {
      this.root.setAttribute('data-mse-first', String(curve.y[0]));
      this.root.setAttribute('data-mse-last', String(curve.y[curve.y.length - 1]));
    }
    this.root.setAttribute('data-iteration', String(progress.iteration));
    this.plane.update({ grid: progress.grid });
    this.plane.canvas.setAttribute('aria-label', this.msg('map-label', { i: thousands(progress.iteration) }));
    var bar = this.out('progress');
    bar.value = progress.iteration / progress.iterations;
    this.out('progress-text').textContent = this.msg('progress', { i: thousands(progress.iteration), n: thousands(progress.iterations) });
    this.out('iteration').textContent = thousands(progress.iteration);
    this.out('mse').textContent = fmt(progress.mse, 4);
    this.out('accuracy').textContent = fmt(100 * progress.accuracy, 1) + ' %';
  };

  Scratch.prototype.loop = function () {
    var self = this;
    if (!this.running) return;
    post('/scratch/training/advance', { chunk: CHUNK }).then(function (answer) {
      if (answer.ok) {
        // a chunk that was under way when the learner pressed Detener still counts
        self.apply(answer.data);
        if (!self.running) {
          self.setButtons();
          self.out('alert').textContent = answer.data.finished ? '' : self.msg('stopped', { i: thousands(answer.data.iteration) });
          return;
        }
        if (answer.data.finished) {
          self.running = false;
          self.setButtons();
          self.root.setAttribute('data-finished', '');
          self.announce(self.msg('finished', { mse: fmt(answer.data.mse, 4), acc: fmt(100 * answer.data.accuracy, 1) + ' %' }));
          return;
        }
        self.loop();
      } else if (!self.running) {
        return;
      } else if (answer.status === 503 || answer.status === 409) {
        // the server (or this learner's other tab) is busy: wait and ask again
        self.out('alert').textContent = self.msg('retrying');
        setTimeout(function () { self.out('alert').textContent = ''; self.loop(); }, 1500);
      } else {
        self.running = false;
        self.setButtons();
        self.showError(answer);
      }
    }, function () {
      self.running = false;
      self.setButtons();
      self.showError(null);
    });
  };

  Scratch.prototype.stop = function () {
    if (!this.running) return;
    this.running = false;
    this.setButtons();
    var at = this.progress ? this.progress.iteration : 0;
    this.out('alert').textContent = this.msg('stopped', { i: thousands(at) });
    this.announce(this.out('alert').textContent);
    this.resumeButton.focus();
  };

  Scratch.prototype.resume = function () {
    if (this.running || !this.progress || this.progress.finished) return;
    this.running = true;
    this.out('alert').textContent = '';
    this.setButtons();
    this.stopButton.focus();
    this.loop();
  };

  // ---------- start-up ----------

  var widgets = [];

  function initAll(scope) {
    var base = scope && scope.querySelectorAll ? scope : document;
    var found = Array.prototype.slice.call(base.querySelectorAll('[data-widget="scratch"]:not([data-ready])'));
    if (base.matches && base.matches('[data-widget="scratch"]:not([data-ready])')) found.push(base);
    found.forEach(function (root) { widgets.push(new Scratch(root)); });
  }

  // the theme toggle changes the CSS variables the plane is drawn with (the curve follows by itself)
  new MutationObserver(function () {
    widgets.forEach(function (w) { w.redraw(); });
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

  window.NeuronaScratch = { initAll: initAll };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { initAll(document); });
  } else {
    initAll(document);
  }
  if (window.htmx) htmx.onLoad(initAll);
})();
