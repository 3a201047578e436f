// Widget "activations" (lesson 1.8): an activation function g(z) and its derivative g'(z) on an SVG
// plot, a slider for z with the values at that point, and softmax on a small editable vector.
(function () {
  'use strict';
  if (window.neuronaActivationsWidget) {
    window.neuronaActivationsWidget.initAll(document);
    return;
  }

  var Z_MIN = -5;
  var Z_MAX = 5;

  // ---------- the math ----------
  function sigmoid(z) { return 1 / (1 + Math.exp(-z)); }
  function sigmoidDerivative(z) { var s = sigmoid(z); return s * (1 - s); }
  function tanh(z) { return Math.tanh(z); }
  function tanhDerivative(z) { var t = Math.tanh(z); return 1 - t * t; }
  function relu(z) { return Math.max(0, z); }
  function reluDerivative(z) { return z > 0 ? 1 : 0; }
  function step(z) { return z >= 0 ? 1 : 0; }
  function sign(z) { return z > 0 ? 1 : (z < 0 ? -1 : 0); }
  function zero() { return 0; }
  function linear(z) { return z; }
  function one() { return 1; }

  /** exp(z_i) / sum_j exp(z_j), computed with the maximum subtracted so large z do not overflow. */
  function softmax(vector) {
    var max = Math.max.apply(null, vector);
    var exps = vector.map(function (z) { return Math.exp(z - max); });
    var total = exps.reduce(function (a, b) { return a + b; }, 0);
    return exps.map(function (e) { return e / total; });
  }

  var FUNCTIONS = {
    step: { g: step, dg: zero, range: [-0.25, 1.25], tick: 0.5, jumpAtZero: true,
      tex: 'g(z) = \\begin{cases} 1 & z \\ge 0 \\\\ 0 & z < 0 \\end{cases}',
      dtex: 'g\'(z) = 0 \\quad (z \\neq 0)' },
    sign: { g: sign, dg: zero, range: [-1.3, 1.3], tick: 0.5, jumpAtZero: true,
      tex: 'g(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & z = 0 \\\\ -1 & z < 0 \\end{cases}',
      dtex: 'g\'(z) = 0 \\quad (z \\neq 0)' },
    sigmoid: { g: sigmoid, dg: sigmoidDerivative, range: [-0.25, 1.25], tick: 0.5,
      tex: 'g(z) = \\sigma(z) = \\dfrac{1}{1 + e^{-z}}',
      dtex: 'g\'(z) = \\sigma(z)\\,\\bigl(1 - \\sigma(z)\\bigr)' },
    tanh: { g: tanh, dg: tanhDerivative, range: [-1.3, 1.3], tick: 0.5,
      tex: 'g(z) = \\tanh z = \\dfrac{e^{z} - e^{-z}}{e^{z} + e^{-z}}',
      dtex: 'g\'(z) = 1 - \\tanh^2 z' },
    relu: { g: relu, dg: reluDerivative, range: [-1, 5.5], tick: 1, kinkAtZero: true,
      tex: 'g(z) = \\max(0, z)',
      dtex: 'g\'(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & z < 0 \\end{cases}' },
    linear: { g: linear, dg: one, range: [-5.5, 5.5], tick: 1,
      tex: 'g(z) = z',
      dtex: 'g\'(z) = 1' },
    softmax: { vector: true,
      tex: '\\operatorname{softmax}(\\mathbf{z})_i = \\dfrac{e^{z_i}}{\\sum_{j} e^{z_j}}',
      dtex: '\\dfrac{\\partial\\, \\operatorname{softmax}(\\mathbf{z})_i}{\\partial z_j} = s_i\\,(\\delta_{ij} - s_j)' }
  };

  // ---------- formatting ----------
  /** Course style: a point as decimal separator, at most three decimals, no trailing zeros, a real minus sign. */
  function fmt(x, digits) {
    if (!isFinite(x)) return '—';
    var rounded = Number(x.toFixed(digits === undefined ? 3 : digits));
    if (rounded === 0) rounded = 0; // no "-0"
    return String(rounded).replace('-', '−');
  }

  function fixed(x, digits) {
    var text = x.toFixed(digits);
    if (Number(text) === 0) text = (0).toFixed(digits);
    return text.replace('-', '−');
  }

  function subscript(n) {
    return String(n).split('').map(function (d) { return String.fromCharCode(0x2080 + Number(d)); }).join('');
  }

  function parseVector(text) {
    var parts = text.split(/[,;\s]+/).filter(function (p) { return p !== ''; });
    var numbers = [];
    for (var i = 0; i < parts.length; i++) {
      var cleaned = parts[i].replace('−', '-');
      if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return { error: 'nan', token: parts[i] };
      numbers.push(Number(cleaned));
    }
    if (numbers.length < 1 || numbers.length > 10) return { error: 'count' };
    return { values: numbers };
  }

  function tex(el, source) { Neurona.tex(el, source, true); }

  var svg = Neurona.svg;

  // ---------- one widget ----------
  function Widget(root) {
    this.root = root;
    this.plot = root.querySelector('.act-plot');
    this.slider = root.querySelector('.act-z-input');
    this.sliderValue = root.querySelector('.act-z-value');
    this.vectorInput = root.querySelector('.act-vec-input');
    this.vectorError = root.querySelector('.act-vec-error');
    this.width = 0;
    var checked = root.querySelector('input[type=radio]:checked');
    this.name = checked ? checked.value : 'sigmoid';
    if (!FUNCTIONS[this.name]) this.name = 'sigmoid';
    var self = this;

    root.querySelectorAll('input[type=radio]').forEach(function (radio) {
      radio.addEventListener('change', function () {
        if (radio.checked) self.choose(radio.value);
      });
    });
    this.slider.addEventListener('input', function () { self.update(); });
    this.vectorInput.addEventListener('input', function () { self.updateVector(); });
    this.plot.addEventListener('pointerdown', function (e) { self.pointer(e, true); });
    this.plot.addEventListener('pointermove', function (e) { if (e.buttons & 1) self.pointer(e, false); });
    if (window.ResizeObserver) {
      new ResizeObserver(function () {
        if (self.plot.clientWidth !== self.width) self.draw();
      }).observe(this.plot);
    }
    this.choose(this.name);
  }

  Widget.prototype.z = function () {
    return Math.round(Number(this.slider.value) * 10) / 10;
  };

  Widget.prototype.choose = function (name) {
    this.name = name;
    var fn = FUNCTIONS[name];
    var vector = !!fn.vector;
    this.root.querySelector('.act-scalar').hidden = vector;
    this.root.querySelector('.act-vector').hidden = !vector;
    this.root.querySelector('.act-usage-text').textContent = this.root.getAttribute('data-use-' + name) || '';
    tex(this.root.querySelector('.act-tex-g'), fn.tex);
    tex(this.root.querySelector('.act-tex-dg'), fn.dtex);
    if (vector) {
      this.updateVector();
    } else {
      this.draw();
    }
  };

  Widget.prototype.pointer = function (event, capture) {
    if (!this.geometry) return;
    var rect = this.plot.getBoundingClientRect();
    var g = this.geometry;
    var x = (event.clientX - rect.left) * (g.width / rect.width);
    var z = Z_MIN + (x - g.left) / (g.width - g.left - g.right) * (Z_MAX - Z_MIN);
    z = Math.max(Z_MIN, Math.min(Z_MAX, Math.round(z * 10) / 10));
    if (capture && this.plot.setPointerCapture) this.plot.setPointerCapture(event.pointerId);
    this.slider.value = String(z);
    this.update();
  };

  /** Redraws the curves for the chosen function (sized to the container), then the marker. */
  Widget.prototype.draw = function () {
    var fn = FUNCTIONS[this.name];
    if (fn.vector) return;
    var width = Math.max(240, this.plot.clientWidth || 600);
    this.width = this.plot.clientWidth;
    var height = Math.round(Math.min(340, Math.max(230, width < 520 ? width * 0.8 : width * 0.5)));
    var left = 44, right = 16, top = 22, bottom = 44;
    var ymin = fn.range[0], ymax = fn.range[1];
    var sx = function (z) { return left + (z - Z_MIN) / (Z_MAX - Z_MIN) * (width - left - right); };
    var sy = function (v) { return top + (ymax - v) / (ymax - ymin) * (height - top - bottom); };
    this.geometry = { width: width, left: left, right: right, sx: sx, sy: sy, ymin: ymin, ymax: ymax };

    var root = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, width: width, height: height, 'aria-hidden': 'true', focusable: 'false' });
    var grid = svg('g', { 'class': 'act-grid' }, root);
    for (var zt = Z_MIN; zt <= Z_MAX; zt++) {
      svg('line', { x1: sx(zt), x2: sx(zt), y1: top, y2: height - bottom }, grid);
      var xl = svg('text', { x: sx(zt), y: height - bottom + 16, 'class': 'act-tick', 'text-anchor': 'middle' }, root);
      xl.textContent = fmt(zt);
    }
    var firstTick = Math.ceil(ymin / fn.tick) * fn.tick;
    for (var yt = firstTick; yt <= ymax + 1e-9; yt += fn.tick) {
      svg('line', { x1: left, x2: width - right, y1: sy(yt), y2: sy(yt) }, grid);
      var yl = svg('text', { x: left - 6, y: sy(yt) + 4, 'class': 'act-tick', 'text-anchor': 'end' }, root);
      yl.textContent = fmt(yt, 2);
    }
    var axes = svg('g', { 'class': 'act-axis' }, root);
    svg('line', { x1: left, x2: width - right, y1: sy(0), y2: sy(0) }, axes);
    svg('line', { x1: sx(0), x2: sx(0), y1: top, y2: height - bottom }, axes);
    var zLabel = svg('text', { x: (left + width - right) / 2, y: height - 6, 'class': 'act-axis-label', 'text-anchor': 'middle' }, root);
    zLabel.textContent = 'z';
    var yLabel = svg('text', { x: left + 4, y: top - 8, 'class': 'act-axis-label', 'text-anchor': 'start' }, root);
    yLabel.textContent = 'g(z), g′(z)';

    svg('path', { d: this.path(fn.dg, sx, sy, ymin, ymax), 'class': 'act-curve act-curve-dg' }, root);
    svg('path', { d: this.path(fn.g, sx, sy, ymin, ymax), 'class': 'act-curve act-curve-g' }, root);

    var marker = svg('g', { 'class': 'act-marker' }, root);
    this.markerLine = svg('line', { y1: top, y2: height - bottom }, marker);
    this.markerDg = svg('circle', { r: 4.5, 'class': 'act-dot-dg' }, marker);
    this.markerG = svg('circle', { r: 5, 'class': 'act-dot-g' }, marker);

    this.plot.replaceChildren(root);
    this.update();
  };

  /** An SVG path of f over [-5, 5]; a jump (step, sign, ReLU's derivative) starts a new piece. */
  Widget.prototype.path = function (f, sx, sy, ymin, ymax) {
    var d = '';
    var previous = null;
    var jump = 0.5; // neighbours are 0.025 apart: no smooth curve here moves this much between them
    for (var i = 0; i <= 400; i++) {
      var z = (i - 200) / 40;
      var v = Math.max(ymin - 1, Math.min(ymax + 1, f(z)));
      var command = previous === null || Math.abs(v - previous) > jump ? 'M' : 'L';
      d += command + sx(z).toFixed(1) + ' ' + sy(v).toFixed(1);
      previous = v;
    }
    return d;
  };

  /** The values at the slider's z: readout, marker, note on non-differentiable points. */
  Widget.prototype.update = function () {
    var fn = FUNCTIONS[this.name];
    if (fn.vector) return;
    var z = this.z();
    var g = fn.g(z);
    var undefinedHere = z === 0 && (fn.jumpAtZero || fn.kinkAtZero);
    var dg = fn.dg(z);
    var dgText = undefinedHere && fn.jumpAtZero ? this.root.getAttribute('data-undefined') : fmt(dg);
    this.sliderValue.textContent = fmt(z, 1);
    this.root.querySelector('.act-z').textContent = fmt(z, 1);
    this.root.querySelector('.act-g').textContent = fmt(g);
    this.root.querySelector('.act-dg').textContent = dgText;
    this.root.querySelector('.act-dg').classList.toggle('act-undefined', undefinedHere && !!fn.jumpAtZero);
    var note = '';
    if (fn.jumpAtZero) note = this.root.getAttribute('data-note-jump');
    if (fn.kinkAtZero && undefinedHere) note = this.root.getAttribute('data-note-relu');
    this.root.querySelector('.act-note').textContent = note;
    if (this.geometry && this.markerLine) {
      var geo = this.geometry;
      var clamp = function (v) { return Math.max(geo.ymin, Math.min(geo.ymax, v)); };
      var x = geo.sx(z);
      this.markerLine.setAttribute('x1', x);
      this.markerLine.setAttribute('x2', x);
      this.markerG.setAttribute('cx', x);
      this.markerG.setAttribute('cy', geo.sy(clamp(g)));
      this.markerDg.setAttribute('cx', x);
      this.markerDg.setAttribute('cy', geo.sy(clamp(dg)));
      this.markerDg.style.display = undefinedHere && fn.jumpAtZero ? 'none' : '';
    }
  };

  /** Softmax of the typed vector as bars, with e^z_i and the sum of the outputs. */
  Widget.prototype.updateVector = function () {
    var parsed = parseVector(this.vectorInput.value);
    var bars = this.root.querySelector('.act-bars');
    var sum = this.root.querySelector('.act-sum');
    if (parsed.error) {
      var message = parsed.error === 'nan'
        ? this.root.getAttribute('data-not-a-number').replace('%value', parsed.token)
        : this.root.getAttribute('data-vector-count');
      this.vectorError.textContent = message;
      this.vectorInput.setAttribute('aria-invalid', 'true');
      bars.classList.add('stale');
      return;
    }
    this.vectorError.textContent = '';
    this.vectorInput.removeAttribute('aria-invalid');
    bars.classList.remove('stale');
    var output = softmax(parsed.values);
    var rows = [];
    output.forEach(function (p, i) {
      var row = document.createElement('div');
      row.className = 'act-bar-row';
      var label = document.createElement('span');
      label.className = 'act-bar-label';
      label.textContent = 'z' + subscript(i + 1) + ' = ' + fmt(parsed.values[i]);
      var track = document.createElement('span');
      track.className = 'act-bar-track';
      var bar = document.createElement('span');
      bar.className = 'act-bar';
      bar.style.width = (p * 100).toFixed(2) + '%';
      track.appendChild(bar);
      var value = document.createElement('span');
      value.className = 'act-bar-value';
      value.textContent = fixed(p, 3);
      row.append(label, track, value);
      rows.push(row);
    });
    bars.replaceChildren.apply(bars, rows);
    var total = output.reduce(function (a, b) { return a + b; }, 0);
    sum.textContent = this.root.getAttribute('data-sum') + ': '
      + output.map(function (p) { return fixed(p, 3); }).join(' + ') + ' = ' + fixed(total, 3);
  };

  function initAll(scope) {
    var roots = [];
    if (scope.matches && scope.matches('[data-widget="activations"]:not([data-ready])')) roots.push(scope);
    scope.querySelectorAll('[data-widget="activations"]:not([data-ready])').forEach(function (r) { roots.push(r); });
    roots.forEach(function (root) {
      root.setAttribute('data-ready', '');
      new Widget(root);
    });
  }

  window.neuronaActivationsWidget = { initAll: initAll, sigmoid: sigmoid, softmax: softmax };
  initAll(document);
  if (window.htmx) htmx.onLoad(initAll);
})();
