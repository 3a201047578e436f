// Widget "loss" (lesson 1.9): mean squared error and binary cross-entropy term by term for lists
// of labels y and predictions ŷ, and a categorical cross-entropy example with a one-hot label.
(function () {
  'use strict';
  if (window.neuronaLossWidget) {
    window.neuronaLossWidget.initAll(document);
    return;
  }

  var EPSILON = 1e-7;

  var TEX = {
    mse: '\\mathrm{MSE} = \\frac{1}{n}\\sum_{i=1}^{n} (y_i - \\hat y_i)^2',
    bce: '\\mathrm{BCE} = -\\frac{1}{n}\\sum_{i=1}^{n} \\bigl[\\, y_i \\log \\hat y_i + (1 - y_i) \\log (1 - \\hat y_i) \\,\\bigr]',
    cce: '\\mathrm{CCE} = -\\sum_{k} y_k \\log \\hat y_k'
  };

  // ---------- the math ----------
  function clip(p) { return Math.min(1 - EPSILON, Math.max(EPSILON, p)); }

  function squaredError(y, yHat) { var d = y - yHat; return d * d; }

  /** -[y log ŷ + (1 - y) log(1 - ŷ)] with ŷ clipped to [1e-7, 1 - 1e-7], as Keras does. */
  function binaryCrossEntropy(y, yHat) {
    var p = clip(yHat);
    return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
  }

  /** -Σ y_k log ŷ_k with ŷ clipped the same way. */
  function categoricalCrossEntropy(y, yHat) {
    var total = 0;
    for (var k = 0; k < y.length; k++) total -= y[k] * Math.log(clip(yHat[k]));
    return total;
  }

  function mean(values) {
    return values.reduce(function (a, b) { return a + b; }, 0) / values.length;
  }

  // ---------- input and formatting ----------
  /** "0.9, 0.5" → { values: [0.9, 0.5] }; a bad token → { error: 'nan', token }; nothing → { error: 'empty' }. */
  function parseList(text) {
    var parts = text.split(/[,;\s]+/).filter(function (p) { return p !== ''; });
    if (parts.length === 0) return { error: 'empty' };
    var values = [];
    for (var i = 0; i < parts.length; i++) {
      var cleaned = parts[i].replace('−', '-');
      if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return { error: 'nan', token: parts[i] };
      values.push(Number(cleaned));
    }
    return { values: values };
  }

  /** Course style: point decimals, at most three of them, no trailing zeros, a real minus sign. */
  function fmt(x, digits) {
    if (!isFinite(x)) return '—';
    var rounded = Number(x.toFixed(digits === undefined ? 3 : digits));
    if (rounded === 0) rounded = 0;
    return String(rounded).replace('-', '−');
  }

  /** A number as typed in TeX (for log 0.5 and the like). */
  function texNumber(x) { return fmt(x, 4).replace('−', '-'); }

  function fill(template, values) {
    return template.replace(/%(\w+)/g, function (all, key) { return key in values ? values[key] : all; });
  }

  function tex(el, source) { Neurona.tex(el, source, true); }

  // ---------- one widget ----------
  function Widget(root) {
    this.root = root;
    this.y = root.querySelector('.loss-y');
    this.yHat = root.querySelector('.loss-yhat');
    this.yc = root.querySelector('.loss-yc');
    this.yHatC = root.querySelector('.loss-yhatc');
    var self = this;
    root.querySelectorAll('.loss-tex').forEach(function (el) { tex(el, TEX[el.getAttribute('data-tex')] || ''); });
    [this.y, this.yHat].forEach(function (input) { input.addEventListener('input', function () { self.update(); }); });
    [this.yc, this.yHatC].forEach(function (input) { input.addEventListener('input', function () { self.updateCategorical(); }); });
    this.update();
    this.updateCategorical();
  }

  Widget.prototype.msg = function (name, values) {
    return fill(this.root.getAttribute('data-' + name) || '', values || {});
  };

  Widget.prototype.setError = function (input, message) {
    var box = this.root.querySelector('#' + input.id + '-error');
    box.textContent = message || '';
    if (message) {
      input.setAttribute('aria-invalid', 'true');
    } else {
      input.removeAttribute('aria-invalid');
    }
  };

  /** The parse error of one field as a message, or '' when it holds a list of numbers. */
  Widget.prototype.parseError = function (parsed) {
    if (parsed.error === 'empty') return this.msg('empty');
    if (parsed.error === 'nan') return this.msg('not-a-number', { value: parsed.token });
    return '';
  };

  /** The first value outside [0, 1], or undefined. */
  function outsideUnit(values) {
    for (var i = 0; i < values.length; i++) {
      if (values[i] < 0 || values[i] > 1) return values[i];
    }
    return undefined;
  }

  Widget.prototype.update = function () {
    var y = parseList(this.y.value);
    var yHat = parseList(this.yHat.value);
    var yError = this.parseError(y);
    var yHatError = this.parseError(yHat);
    if (!yError && !yHatError && y.values.length !== yHat.values.length) {
      yHatError = this.msg('lengths', { y: y.values.length, yhat: yHat.values.length });
    }
    var ceAvailable = false;
    if (!yError && !yHatError) {
      var badYHat = outsideUnit(yHat.values);
      var badY = outsideUnit(y.values);
      if (badYHat !== undefined) yHatError = this.msg('yhat-range', { value: fmt(badYHat, 4) });
      if (badY !== undefined) yError = this.msg('y-range', { value: fmt(badY, 4) });
      ceAvailable = badYHat === undefined && badY === undefined;
      this.render(y.values, yHat.values, ceAvailable);
    } else {
      this.render(null, null, false);
    }
    this.setError(this.y, yError);
    this.setError(this.yHat, yHatError);
  };

  /** The term-by-term table and the two means; null lists mean "inputs to fix". */
  Widget.prototype.render = function (y, yHat, ceAvailable) {
    var tbody = this.root.querySelector('.loss-table tbody');
    var status = this.root.querySelector('.loss-status');
    var wrap = this.root.querySelector('.loss-table-wrap');
    if (!y) {
      wrap.classList.add('stale');
      this.root.querySelector('.loss-mse').textContent = '—';
      this.root.querySelector('.loss-ce').textContent = '—';
      this.root.querySelector('.loss-mse-cell').textContent = '—';
      this.root.querySelector('.loss-ce-cell').textContent = '—';
      status.textContent = this.msg('fix-input');
      return;
    }
    wrap.classList.remove('stale');
    status.textContent = '';
    var clippedLabel = this.msg('clipped');
    var squares = [];
    var entropies = [];
    var rows = y.map(function (yi, i) {
      var square = squaredError(yi, yHat[i]);
      squares.push(square);
      var tr = document.createElement('tr');
      var cells = [String(i + 1), fmt(yi, 4), fmt(yHat[i], 4), fmt(square)];
      cells.forEach(function (text, c) {
        var cell = document.createElement(c === 0 ? 'th' : 'td');
        if (c === 0) cell.scope = 'row';
        cell.className = c === 0 ? '' : 'num';
        cell.textContent = text;
        tr.appendChild(cell);
      });
      var ce = document.createElement('td');
      ce.className = 'num';
      if (ceAvailable) {
        var entropy = binaryCrossEntropy(yi, yHat[i]);
        entropies.push(entropy);
        ce.textContent = fmt(entropy);
        if (clip(yHat[i]) !== yHat[i]) {
          var mark = document.createElement('span');
          mark.className = 'loss-clipped';
          mark.textContent = clippedLabel;
          ce.prepend(mark);
        }
      } else {
        ce.textContent = '—';
      }
      tr.appendChild(ce);
      return tr;
    });
    tbody.replaceChildren.apply(tbody, rows);
    var mse = fmt(mean(squares));
    var ce = ceAvailable ? fmt(mean(entropies)) : '—';
    this.root.querySelector('.loss-mse').textContent = mse;
    this.root.querySelector('.loss-mse-cell').textContent = mse;
    this.root.querySelector('.loss-ce').textContent = ce;
    this.root.querySelector('.loss-ce-cell').textContent = ce;
  };

  /** The categorical example: -Σ y_k log ŷ_k written out, simplified to -log ŷ_c for a one-hot y. */
  Widget.prototype.updateCategorical = function () {
    var y = parseList(this.yc.value);
    var yHat = parseList(this.yHatC.value);
    var yError = this.parseError(y);
    var yHatError = this.parseError(yHat);
    if (!yError && !yHatError && y.values.length !== yHat.values.length) {
      yHatError = this.msg('lengths', { y: y.values.length, yhat: yHat.values.length });
    }
    if (!yError && !yHatError) {
      var badYHat = outsideUnit(yHat.values);
      if (badYHat !== undefined) yHatError = this.msg('yhat-range', { value: fmt(badYHat, 4) });
    }
    var steps = this.root.querySelector('.loss-cat-steps');
    var value = this.root.querySelector('.loss-cat-value');
    if (!yError && !yHatError) {
      var total = yHat.values.reduce(function (a, b) { return a + b; }, 0);
      if (Math.abs(total - 1) > 0.005) yHatError = this.msg('not-normalized', { sum: fmt(total) });
      var loss = categoricalCrossEntropy(y.values, yHat.values);
      var terms = y.values.map(function (yk, k) { return texNumber(yk) + ' \\cdot \\log ' + texNumber(yHat.values[k]); });
      var source = '-\\bigl(' + terms.join(' + ') + '\\bigr)';
      var hot = y.values.filter(function (v) { return v === 1; }).length === 1
        && y.values.every(function (v) { return v === 0 || v === 1; });
      if (hot) source += ' = -\\log ' + texNumber(yHat.values[y.values.indexOf(1)]);
      source += ' = ' + texNumber(Number(loss.toFixed(3)));
      tex(steps, source);
      steps.classList.remove('stale');
      value.textContent = fmt(loss);
    } else {
      steps.classList.add('stale');
      value.textContent = '—';
    }
    this.setError(this.yc, yError);
    this.setError(this.yHatC, yHatError);
  };

  function initAll(scope) {
    var roots = [];
    if (scope.matches && scope.matches('[data-widget="loss"]:not([data-ready])')) roots.push(scope);
    scope.querySelectorAll('[data-widget="loss"]:not([data-ready])').forEach(function (r) { roots.push(r); });
    roots.forEach(function (root) {
      root.setAttribute('data-ready', '');
      new Widget(root);
    });
  }

  window.neuronaLossWidget = { initAll: initAll, binaryCrossEntropy: binaryCrossEntropy, categoricalCrossEntropy: categoricalCrossEntropy };
  initAll(document);
  if (window.htmx) htmx.onLoad(initAll);
})();
