// Widget "tensors" (lesson 2.1): ndim, shape and size of a typed nested array, reshape (with one -1)
// and transpose, with the elements drawn in their groups so the order they keep is visible.
(function () {
  'use strict';
  if (window.neuronaTensorsWidget) {
    window.neuronaTensorsWidget.initAll(document);
    return;
  }

  var MAX_ELEMENTS = 1000;
  var MAX_DRAWN = 144;

  // ---------- parsing ----------
  function ParseError(code, values) {
    this.code = code;
    this.values = values || {};
  }

  /** Nested lists of numbers from text like "[[1, 2], [3, 4]]" or "42"; throws ParseError. */
  function parseArray(text) {
    var source = text.replace(/[−–]/g, '-');
    var pos = 0;
    function skip() { while (pos < source.length && /\s/.test(source[pos])) pos++; }
    function value() {
      skip();
      if (source[pos] === '[') {
        pos++;
        var items = [];
        skip();
        if (source[pos] === ']') { pos++; return items; }
        for (;;) {
          items.push(value());
          skip();
          if (source[pos] === ',') {
            pos++;
            skip();
            if (source[pos] === ']') { pos++; return items; } // trailing comma, as Python allows
            continue;
          }
          if (source[pos] === ']') { pos++; return items; }
          throw new ParseError('syntax');
        }
      }
      var match = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?/i.exec(source.slice(pos));
      if (!match) throw new ParseError('syntax');
      pos += match[0].length;
      return Number(match[0]);
    }
    var result = value();
    skip();
    if (pos !== source.length) throw new ParseError('syntax');
    return result;
  }

  /** The shape of a parsed array, checking every list of a level has the same shape. */
  function shapeOf(value) {
    if (!Array.isArray(value)) return [];
    if (value.length === 0) return [0];
    var inner = shapeOf(value[0]);
    for (var i = 1; i < value.length; i++) {
      if (Array.isArray(value[i]) !== Array.isArray(value[0])) throw new ParseError('mixed');
      var other = shapeOf(value[i]);
      if (formatShape(other) !== formatShape(inner)) {
        throw new ParseError('ragged', { a: describeLength(inner), b: describeLength(other) });
      }
    }
    return [value.length].concat(inner);
  }

  function describeLength(shape) { return formatShape(shape); }

  function flatten(value) {
    if (!Array.isArray(value)) return [value];
    return value.reduce(function (all, item) { return all.concat(flatten(item)); }, []);
  }

  function sizeOf(shape) {
    return shape.reduce(function (a, b) { return a * b; }, 1);
  }

  /** Python's tuple notation: (), (3,), (4, 2). */
  function formatShape(shape) {
    if (shape.length === 1) return '(' + shape[0] + ',)';
    return '(' + shape.join(', ') + ')';
  }

  /** "(2, 4)", "2, 4", "[8, 1]", "(8,)", "(-1, 2)" → list of integers; throws ParseError. */
  function parseShape(text) {
    var inner = text.trim().replace(/[−–]/g, '-').replace(/^[([]\s*/, '').replace(/\s*[)\]]$/, '');
    var parts = inner.split(/\s*,\s*|\s+/).filter(function (p) { return p !== ''; });
    var dims = [];
    var unknown = 0;
    for (var i = 0; i < parts.length; i++) {
      if (!/^-?\d+$/.test(parts[i])) throw new ParseError('shape-syntax');
      var n = Number(parts[i]);
      if (n === -1) {
        unknown++;
      } else if (n <= 0) {
        throw new ParseError('shape-syntax');
      }
      dims.push(n);
    }
    if (unknown > 1) throw new ParseError('two-unknown');
    return dims;
  }

  /** The concrete shape for `size` elements (working out a -1), or a ParseError saying why not. */
  function resolveShape(dims, size) {
    var known = dims.filter(function (d) { return d !== -1; }).reduce(function (a, b) { return a * b; }, 1);
    var shown = formatShape(dims);
    if (dims.indexOf(-1) >= 0) {
      if (size % known !== 0) throw new ParseError('not-divisible', { size: size, shape: shown, known: known });
      return dims.map(function (d) { return d === -1 ? size / known : d; });
    }
    if (known !== size) throw new ParseError('does-not-fit', { size: size, shape: shown, target: known });
    return dims;
  }

  /** Row-major (C order, like NumPy) regrouping of a flat list into `shape`. */
  function reshape(flat, shape) {
    if (shape.length === 0) return flat[0];
    var position = 0;
    function build(axis) {
      var out = [];
      for (var i = 0; i < shape[axis]; i++) {
        out.push(axis === shape.length - 1 ? flat[position++] : build(axis + 1));
      }
      return out;
    }
    return build(0);
  }

  function transpose2d(matrix) {
    var rows = matrix.length;
    var cols = rows ? matrix[0].length : 0;
    var out = [];
    for (var c = 0; c < cols; c++) {
      var row = [];
      for (var r = 0; r < rows; r++) row.push(matrix[r][c]);
      out.push(row);
    }
    return out;
  }

  // ---------- printing ----------
  function formatNumber(n) { return String(n); }

  /** One line: [[1, 2], [3, 4]]. */
  function compact(value) {
    if (!Array.isArray(value)) return formatNumber(value);
    return '[' + value.map(compact).join(', ') + ']';
  }

  /** NumPy-like: the rows of a matrix on their own lines, a blank line between matrices. */
  function pretty(value, depth, ndim) {
    if (!Array.isArray(value)) return formatNumber(value);
    if (ndim <= 1) return compact(value);
    var pad = new Array(depth + 2).join(' ');
    var separator = ',\n' + (ndim > 2 ? '\n' : '') + pad;
    return '[' + value.map(function (item) { return pretty(item, depth + 1, ndim - 1); }).join(separator) + ']';
  }

  function fill(template, values) {
    return template.replace(/%(\w+)/g, function (all, key) { return key in values ? values[key] : all; });
  }

  // ---------- one widget ----------
  function Widget(root) {
    this.root = root;
    this.input = root.querySelector('.ten-array');
    this.shapeInput = root.querySelector('.ten-shape-input');
    this.current = null;
    this.result = null;
    var self = this;
    this.input.addEventListener('input', function () { self.update(); self.hideResult(); });
    root.querySelectorAll('.ten-preset').forEach(function (button) {
      button.addEventListener('click', function () {
        self.input.value = button.getAttribute('data-array');
        self.update();
        self.hideResult();
      });
    });
    root.querySelector('.ten-reshape').addEventListener('click', function () { self.reshape(); });
    this.shapeInput.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); self.reshape(); }
    });
    this.shapeInput.addEventListener('input', function () { self.setShapeError(''); });
    root.querySelector('.ten-transpose').addEventListener('click', function () { self.transpose(); });
    root.querySelector('.ten-use').addEventListener('click', function () { self.useResult(); });
    this.update();
  }

  Widget.prototype.msg = function (code, values) {
    return fill(this.root.getAttribute('data-' + code) || this.root.getAttribute('data-err-' + code) || '', values || {});
  };

  /** Reads the textarea: stats, description and drawing, or the reason it is not an array. */
  Widget.prototype.update = function () {
    var error = '';
    var parsed = null;
    try {
      var value = parseArray(this.input.value);
      var shape = shapeOf(value);
      if (sizeOf(shape) > MAX_ELEMENTS) throw new ParseError('too-big', { max: MAX_ELEMENTS });
      parsed = { value: value, shape: shape, flat: flatten(value) };
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      error = this.msg(e.code, e.values);
    }
    var errorBox = this.root.querySelector('.ten-array-error');
    errorBox.textContent = error;
    var stats = this.root.querySelector('.ten-stats');
    var transpose = this.root.querySelector('.ten-transpose');
    if (error) {
      this.input.setAttribute('aria-invalid', 'true');
      stats.classList.add('stale');
      this.root.querySelector('.ten-source-drawing').classList.add('stale');
      this.root.querySelector('.ten-describe').textContent = this.msg('fix-array');
      this.current = null;
      transpose.disabled = true;
      this.root.querySelector('.ten-reshape').disabled = true;
      return;
    }
    this.input.removeAttribute('aria-invalid');
    stats.classList.remove('stale');
    this.root.querySelector('.ten-source-drawing').classList.remove('stale');
    this.current = parsed;
    this.root.querySelector('.ten-ndim').textContent = String(parsed.shape.length);
    this.root.querySelector('.ten-shape').textContent = formatShape(parsed.shape);
    this.root.querySelector('.ten-size').textContent = String(sizeOf(parsed.shape));
    this.root.querySelector('.ten-describe').textContent = this.describe(parsed.shape);
    this.draw(this.root.querySelector('.ten-source-drawing'), parsed.value, parsed.shape);
    transpose.disabled = parsed.shape.length !== 2;
    this.root.querySelector('.ten-reshape').disabled = false;
  };

  /** "fila" for 1, "filas" otherwise (from the data-*-one / data-*-many strings). */
  Widget.prototype.word = function (name, n) {
    return this.root.getAttribute('data-' + name + (n === 1 ? '-one' : '-many')) || '';
  };

  Widget.prototype.describe = function (shape) {
    switch (shape.length) {
      case 0: return this.msg('describe-scalar');
      case 1: return this.msg('describe-vector', { n: shape[0], elements: this.word('element', shape[0]) });
      case 2: return this.msg('describe-matrix', { rows: shape[0], cols: shape[1],
        rowWord: this.word('row', shape[0]), colWord: this.word('column', shape[1]) });
      case 3: return this.msg('describe-tensor3', { n: shape[0], rows: shape[1], cols: shape[2],
        matrixWord: this.word('matrix', shape[0]) });
      default: return this.msg('describe-tensor', { n: shape.length });
    }
  };

  Widget.prototype.setShapeError = function (message) {
    this.root.querySelector('.ten-shape-error').textContent = message;
    if (message) {
      this.shapeInput.setAttribute('aria-invalid', 'true');
    } else {
      this.shapeInput.removeAttribute('aria-invalid');
    }
  };

  Widget.prototype.reshape = function () {
    if (!this.current) return;
    var dims;
    try {
      var requested = parseShape(this.shapeInput.value);
      dims = resolveShape(requested, this.current.flat.length);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.setShapeError(this.msg(e.code, e.values));
      this.hideResult();
      return;
    }
    this.setShapeError('');
    var shownArgument = formatShape(requested);
    this.showResult('x.reshape(' + shownArgument + ')', reshape(this.current.flat, dims), dims, this.msg('reshape-note'));
  };

  Widget.prototype.transpose = function () {
    if (!this.current || this.current.shape.length !== 2) return;
    var shape = [this.current.shape[1], this.current.shape[0]];
    this.showResult('x.T', transpose2d(this.current.value), shape, this.msg('transpose-note'));
  };

  Widget.prototype.showResult = function (code, value, shape, note) {
    this.result = { value: value, shape: shape };
    var box = this.root.querySelector('.ten-result');
    box.querySelector('.ten-result-code').textContent = code;
    box.querySelector('.ten-result-shape').textContent = formatShape(shape);
    box.querySelector('.ten-result-array').textContent = pretty(value, 0, shape.length);
    box.querySelector('.ten-result-note').textContent = note;
    this.draw(box.querySelector('.ten-result-drawing'), value, shape);
    box.hidden = false;
  };

  Widget.prototype.hideResult = function () {
    this.result = null;
    this.root.querySelector('.ten-result').hidden = true;
  };

  Widget.prototype.useResult = function () {
    if (!this.result) return;
    this.input.value = compact(this.result.value);
    this.update();
    this.hideResult();
    this.input.focus();
  };

  /** Boxes for the elements, grouped like the shape: a row, a grid, grids side by side. */
  Widget.prototype.draw = function (container, value, shape) {
    var size = sizeOf(shape);
    if (size > MAX_DRAWN) {
      var p = document.createElement('p');
      p.className = 'ten-too-many small';
      p.textContent = this.msg('too-many');
      container.replaceChildren(p);
      return;
    }
    var index = 0;
    function cell(v) {
      var span = document.createElement('span');
      span.className = 'ten-cell';
      span.style.setProperty('--t', size > 1 ? (index / (size - 1)).toFixed(3) : '0');
      index++;
      span.textContent = formatNumber(v);
      return span;
    }
    function block(v, dims) {
      if (dims.length === 0) return cell(v);
      var el = document.createElement('span');
      if (dims.length === 1) {
        el.className = 'ten-row';
        v.forEach(function (item) { el.appendChild(cell(item)); });
      } else if (dims.length === 2) {
        el.className = 'ten-grid';
        el.style.gridTemplateColumns = 'repeat(' + Math.max(1, dims[1]) + ', auto)';
        v.forEach(function (row) { row.forEach(function (item) { el.appendChild(cell(item)); }); });
      } else {
        el.className = 'ten-stack ten-depth-' + Math.min(dims.length, 5);
        v.forEach(function (item) { el.appendChild(block(item, dims.slice(1))); });
      }
      return el;
    }
    var drawing = block(value, shape);
    drawing.classList.add('ten-outer');
    container.replaceChildren(drawing);
  };

  function initAll(scope) {
    var roots = [];
    if (scope.matches && scope.matches('[data-widget="tensors"]:not([data-ready])')) roots.push(scope);
    scope.querySelectorAll('[data-widget="tensors"]:not([data-ready])').forEach(function (r) { roots.push(r); });
    roots.forEach(function (root) {
      root.setAttribute('data-ready', '');
      new Widget(root);
    });
  }

  window.neuronaTensorsWidget = {
    initAll: initAll, parseArray: parseArray, shapeOf: shapeOf, reshape: reshape,
    resolveShape: resolveShape, formatShape: formatShape, compact: compact
  };
  initAll(document);
  if (window.htmx) htmx.onLoad(initAll);
})();
