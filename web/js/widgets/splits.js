// Data-split widget (lesson 3.1): the test set is a percentage of all the examples, the
// validation set a percentage of what is left after it (like Keras's validation_split),
// and training gets the rest.
(function () {
  'use strict';

  var MIN_SIZE = 10;
  var MAX_SIZE = 10000000;
  var PARTS = ['train', 'validation', 'test'];

  /** 32000 → "32,000", the way the course prints counts. */
  function thousands(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }

  /** 12.5 → "12.5", 64 → "64": at most one decimal, point as separator. */
  function formatPercent(value) {
    return String(Math.round(value * 10) / 10);
  }

  /**
   * Splits size examples: test = testPct % of all of them, validation = validationPct %
   * of the remainder, training = what is left. Counts are rounded to whole examples.
   */
  function split(size, testPct, validationPct) {
    var test = Math.round(size * testPct / 100);
    var rest = size - test;
    var validation = Math.round(rest * validationPct / 100);
    return { size: size, rest: rest, test: test, validation: validation, train: rest - validation };
  }

  function parseSize(input) {
    var text = input.value.trim();
    var value = Number(text);
    var valid = /^\d+$/.test(text) && value >= MIN_SIZE && value <= MAX_SIZE;
    input.setAttribute('aria-invalid', valid ? 'false' : 'true');
    return valid ? value : null;
  }

  function Splits(root) {
    this.root = root;
    this.size = root.querySelector('.splits-size');
    this.test = root.querySelector('.splits-test');
    this.validation = root.querySelector('.splits-validation');
    this.bar = root.querySelector('.splits-bar');
    this.calc = root.querySelector('.splits-calc');
    var self = this;
    [this.size, this.test, this.validation].forEach(function (input) {
      input.addEventListener('input', function () { self.update(); });
    });
    this.update();
    if (window.ResizeObserver) {
      new ResizeObserver(function () { if (self.shares) self.fitLabels(); }).observe(this.bar);
    }
  }

  Splits.prototype.msg = function (key, params) {
    var text = this.root.getAttribute('data-msg-' + key) || '';
    Object.keys(params || {}).forEach(function (k) { text = text.split('%' + k).join(params[k]); });
    return text;
  };

  Splits.prototype.update = function () {
    var testPct = Number(this.test.value), validationPct = Number(this.validation.value);
    this.root.querySelector('.splits-test-value').textContent = this.msg('percent', { pct: testPct });
    this.root.querySelector('.splits-validation-value').textContent = this.msg('percent', { pct: validationPct });
    var size = parseSize(this.size);
    if (size === null) {
      this.calc.classList.add('is-invalid');
      this.calc.textContent = this.msg('invalid', { min: thousands(MIN_SIZE), max: thousands(MAX_SIZE) });
      return;
    }
    this.calc.classList.remove('is-invalid');
    var parts = split(size, testPct, validationPct);
    var self = this;
    var described = [];
    PARTS.forEach(function (part) {
      var share = 100 * parts[part] / size;
      var segment = self.bar.querySelector('[data-part="' + part + '"]');
      segment.style.width = share + '%';
      segment.querySelector('span').textContent = self.msg('percent', { pct: formatPercent(share) });
      var item = self.root.querySelector('.splits-part[data-part="' + part + '"]');
      item.querySelector('.splits-count').textContent = thousands(parts[part]);
      item.querySelector('.splits-share').textContent = self.msg('of-total', { pct: formatPercent(share) });
      described.push(item.querySelector('.splits-name').textContent.trim() + ' ' + thousands(parts[part]));
    });
    this.bar.setAttribute('aria-label', this.msg('bar', { parts: described.join(', ') }));
    this.shares = parts;
    this.fitLabels();

    var lines = [
      this.msg('calc-test', { pct: testPct, total: thousands(size), count: thousands(parts.test) }),
      this.msg('calc-validation', { pct: validationPct, rest: thousands(parts.rest), count: thousands(parts.validation) }),
      this.msg('calc-train', { total: thousands(size), test: thousands(parts.test), validation: thousands(parts.validation), count: thousands(parts.train) })
    ];
    this.calc.innerHTML = '';
    lines.forEach(function (line) {
      var p = document.createElement('p');
      p.textContent = line;
      self.calc.appendChild(p);
    });
  };

  /** Shows a segment's percentage only where it fits (the final width, not the one mid-transition). */
  Splits.prototype.fitLabels = function () {
    var parts = this.shares;
    var barWidth = this.bar.clientWidth;
    var self = this;
    PARTS.forEach(function (part) {
      var label = self.bar.querySelector('[data-part="' + part + '"] span');
      var width = barWidth * parts[part] / parts.size;
      label.style.visibility = label.offsetWidth + 10 <= width ? 'visible' : 'hidden';
    });
  };

  function init(scope) {
    var base = scope && scope.querySelectorAll ? scope : document;
    var found = Array.prototype.slice.call(base.querySelectorAll('[data-widget="splits"]:not([data-ready])'));
    if (base.matches && base.matches('[data-widget="splits"]:not([data-ready])')) found.push(base);
    found.forEach(function (root) {
      root.setAttribute('data-ready', '');
      new Splits(root);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { init(document); });
  } else {
    init(document);
  }
  if (window.htmx) htmx.onLoad(init);
})();
