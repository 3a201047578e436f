// Perceptron widget (lesson 1.6): z = w1·x1 + w2·x2 + b, step activation, a truth table
// and the separating line over the four input points.
(function () {
  'use strict';


  /** Expected outputs for the inputs (0,0), (0,1), (1,0), (1,1). */
  var GATES = {
    and: { name: 'AND', expected: [0, 0, 0, 1] },
    or: { name: 'OR', expected: [0, 1, 1, 1] },
    xor: { name: 'XOR', expected: [0, 1, 1, 0] }
  };
  var INPUTS = [[0, 0], [0, 1], [1, 0], [1, 1]];

  // The plot shows x1, x2 in [-0.5, 1.5]; 100 SVG units per unit of input.
  var DOMAIN = [-0.5, 1.5];
  var PLOT = { left: 30, top: 8, size: 200 };

  function weightedSum(w1, w2, b, x1, x2) {
    return w1 * x1 + w2 * x2 + b;
  }

  /** The step activation of the lesson: 1 when z ≥ 0. */
  function step(z) {
    return z >= 0 ? 1 : 0;
  }

  /** One row per input: z, the neuron's output, the expected output and whether they match. */
  function truthTable(w1, w2, b, gate) {
    return INPUTS.map(function (x, i) {
      var z = weightedSum(w1, w2, b, x[0], x[1]);
      var output = step(z);
      return { x1: x[0], x2: x[1], z: z, output: output, expected: gate.expected[i], right: output === gate.expected[i] };
    });
  }

  /**
   * The part of the square domain where w1·x1 + w2·x2 + b ≥ 0 (one Sutherland–Hodgman pass),
   * plus the two points where the boundary line crosses the square's edges.
   */
  function halfPlane(w1, w2, b) {
    var lo = DOMAIN[0], hi = DOMAIN[1];
    var square = [[lo, lo], [hi, lo], [hi, hi], [lo, hi]];
    var polygon = [];
    var crossings = [];
    for (var i = 0; i < square.length; i++) {
      var p = square[i], q = square[(i + 1) % square.length];
      var fp = weightedSum(w1, w2, b, p[0], p[1]);
      var fq = weightedSum(w1, w2, b, q[0], q[1]);
      if (fp >= 0) polygon.push(p);
      if ((fp >= 0) !== (fq >= 0)) {
        var t = fp / (fp - fq);
        var cross = [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
        polygon.push(cross);
        crossings.push(cross);
      }
    }
    return { polygon: polygon, line: crossings.length === 2 ? crossings : null };
  }

  function sx(x) { return PLOT.left + (x - DOMAIN[0]) * PLOT.size / (DOMAIN[1] - DOMAIN[0]); }
  function sy(y) { return PLOT.top + PLOT.size - (y - DOMAIN[0]) * PLOT.size / (DOMAIN[1] - DOMAIN[0]); }

  /** A number as the course writes it in outputs: point decimals, a real minus sign. */
  function formatNumber(v) {
    var text = String(Math.round(v * 1000) / 1000);
    return text.charAt(0) === '-' ? '\u2212' + text.slice(1) : text;
  }

  /** z = 2 \cdot x_1 + 1 \cdot x_2 - 3, with the current numbers. */
  function liveTex(w1, w2, b) {
    function signed(v, first) {
      var abs = String(Math.abs(v));
      if (first) return (v < 0 ? '-' : '') + abs;
      return (v < 0 ? ' - ' : ' + ') + abs;
    }
    return 'z = ' + signed(w1, true) + ' \\cdot x_1' + signed(w2, false) + ' \\cdot x_2' + signed(b, false);
  }

  var renderTex = Neurona.tex;

  var svg = Neurona.svg;

  /** The static parts of the plot: frame, grid at 0 and 1, tick labels, axis names. */
  function drawFrame(root) {
    svg('rect', { class: 'neuron-frame', x: PLOT.left, y: PLOT.top, width: PLOT.size, height: PLOT.size }, root);
    var shade = svg('polygon', { class: 'neuron-shade', points: '' }, root);
    [0, 1].forEach(function (v) {
      svg('line', { class: 'neuron-gridline', x1: sx(v), y1: PLOT.top, x2: sx(v), y2: PLOT.top + PLOT.size }, root);
      svg('line', { class: 'neuron-gridline', x1: PLOT.left, y1: sy(v), x2: PLOT.left + PLOT.size, y2: sy(v) }, root);
      svg('text', { class: 'neuron-tick', x: sx(v), y: PLOT.top + PLOT.size + 14, 'text-anchor': 'middle' }, root).textContent = String(v);
      svg('text', { class: 'neuron-tick', x: PLOT.left - 6, y: sy(v) + 4, 'text-anchor': 'end' }, root).textContent = String(v);
    });
    svg('text', { class: 'neuron-axis', x: PLOT.left + PLOT.size, y: PLOT.top + PLOT.size + 26, 'text-anchor': 'end' }, root).textContent = 'x₁';
    svg('text', { class: 'neuron-axis', x: 4, y: PLOT.top + 12 }, root).textContent = 'x₂';
    var line = svg('line', { class: 'neuron-boundary' }, root);
    var points = INPUTS.map(function (x) {
      var g = svg('g', {}, root);
      var miss = svg('circle', { class: 'neuron-miss', cx: sx(x[0]), cy: sy(x[1]), r: 15 }, g);
      var dot = svg('circle', { cx: sx(x[0]), cy: sy(x[1]), r: 9 }, g);
      return { miss: miss, dot: dot };
    });
    return { shade: shade, line: line, points: points };
  }

  function Neuron(root) {
    this.root = root;
    this.inputs = {};
    this.values = {};
    var self = this;
    root.querySelectorAll('input[type="range"][data-param]').forEach(function (input) {
      self.inputs[input.getAttribute('data-param')] = input;
      self.values[input.getAttribute('data-param')] = root.querySelector('[data-value-of="' + input.getAttribute('data-param') + '"]');
      input.addEventListener('input', function () { self.update(); });
    });
    var gate = root.getAttribute('data-gate');
    root.querySelectorAll('input[type="radio"]').forEach(function (radio) {
      if (GATES[gate] && radio.value === gate) radio.checked = true;
      radio.addEventListener('change', function () { self.update(); });
    });
    root.querySelectorAll('.neuron-tex[data-tex]').forEach(function (el) { renderTex(el, el.getAttribute('data-tex')); });
    this.live = root.querySelector('.neuron-tex-live');
    this.plot = drawFrame(root.querySelector('.neuron-svg'));
    this.rows = root.querySelectorAll('.neuron-table tbody tr');
    this.caption = root.querySelector('.neuron-caption');
    this.message = root.querySelector('.neuron-message');
    this.update();
  }

  Neuron.prototype.msg = function (key, params) {
    var text = this.root.getAttribute('data-msg-' + key) || '';
    Object.keys(params || {}).forEach(function (k) { text = text.split('%' + k).join(params[k]); });
    return text;
  };

  Neuron.prototype.update = function () {
    var w1 = Number(this.inputs.w1.value), w2 = Number(this.inputs.w2.value), b = Number(this.inputs.b.value);
    var checked = this.root.querySelector('input[type="radio"]:checked');
    var gate = GATES[checked ? checked.value : 'and'];
    this.values.w1.textContent = formatNumber(w1);
    this.values.w2.textContent = formatNumber(w2);
    this.values.b.textContent = formatNumber(b);
    renderTex(this.live, liveTex(w1, w2, b));

    var table = truthTable(w1, w2, b, gate);
    var self = this;
    table.forEach(function (row, i) {
      var tr = self.rows[i];
      tr.querySelector('.neuron-z').textContent = formatNumber(row.z);
      tr.querySelector('.neuron-out').textContent = String(row.output);
      tr.querySelector('.neuron-expected').textContent = String(row.expected);
      var check = tr.querySelector('.neuron-check');
      check.textContent = row.right ? '✓' : '✗';
      check.setAttribute('aria-label', self.msg(row.right ? 'right' : 'wrong'));
      check.setAttribute('title', self.msg(row.right ? 'right' : 'wrong'));
      tr.classList.toggle('is-right', row.right);
      tr.classList.toggle('is-wrong', !row.right);

      var point = self.plot.points[i];
      point.dot.setAttribute('class', row.expected === 1 ? 'neuron-pt-one' : 'neuron-pt-zero');
      point.miss.style.visibility = row.right ? 'hidden' : 'visible';
    });
    this.caption.textContent = this.msg('caption', { gate: gate.name });

    var region = halfPlane(w1, w2, b);
    this.plot.shade.setAttribute('points', region.polygon.map(function (p) { return sx(p[0]) + ',' + sy(p[1]); }).join(' '));
    if (region.line) {
      this.plot.line.setAttribute('x1', sx(region.line[0][0]));
      this.plot.line.setAttribute('y1', sy(region.line[0][1]));
      this.plot.line.setAttribute('x2', sx(region.line[1][0]));
      this.plot.line.setAttribute('y2', sy(region.line[1][1]));
      this.plot.line.style.visibility = 'visible';
    } else {
      this.plot.line.style.visibility = 'hidden';
    }

    var right = table.filter(function (row) { return row.right; }).length;
    var parts = [right === 4 ? this.msg('all-right', { gate: gate.name }) : this.msg('some-right', { right: right })];
    if (w1 === 0 && w2 === 0) parts.push(this.msg('no-line'));
    if (gate === GATES.xor) parts.push(this.msg('xor'));
    else if (right < 4) parts.push(this.msg('hint'));
    this.message.classList.toggle('is-solved', right === 4);
    this.message.innerHTML = '';
    parts.forEach(function (text) {
      var p = document.createElement('p');
      p.textContent = text;
      self.message.appendChild(p);
    });
  };

  function init(scope) {
    var base = scope && scope.querySelectorAll ? scope : document;
    var found = Array.prototype.slice.call(base.querySelectorAll('[data-widget="neuron"]:not([data-ready])'));
    if (base.matches && base.matches('[data-widget="neuron"]:not([data-ready])')) found.push(base);
    found.forEach(function (root) {
      root.setAttribute('data-ready', '');
      new Neuron(root);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { init(document); });
  } else {
    init(document);
  }
  if (window.htmx) htmx.onLoad(init);
})();
