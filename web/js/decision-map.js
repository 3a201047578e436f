// Decision map of a 2-D classifier (lesson 1.12, module 2): the network's P(class 1) over the
// plane as a heatmap, the data points on top, axes and a legend. Load after neurona.js (which
// creates window.Neurona); then Neurona.decisionMap(container, options) returns a map to update.
(function () {
  'use strict';

  // CSS pixels around the plot for the tick labels and axis names
  var MARGIN = { left: 46, right: 12, top: 12, bottom: 38 };
  // how strongly the background takes a class's colour at p = 0 or 1: the points, drawn at full
  // colour, must stand out even where the network is certain
  var MAX_TINT = 0.72;
  var RADIUS = 4;

  var DEFAULT_LABELS = {
    title: 'Mapa de decisión', class0: 'clase 0', class1: 'clase 1', train: 'entrenamiento', test: 'prueba',
    x1: 'x₁', x2: 'x₂'
  };

  function parseColor(text) {
    var probe = document.createElement('canvas').getContext('2d');
    probe.fillStyle = '#000';
    probe.fillStyle = text;
    var c = probe.fillStyle;
    if (c.charAt(0) === '#') {
      return [parseInt(c.substr(1, 2), 16), parseInt(c.substr(3, 2), 16), parseInt(c.substr(5, 2), 16)];
    }
    var m = c.match(/[\d.]+/g);
    return [Number(m[0]), Number(m[1]), Number(m[2])];
  }

  function rgb(c) {
    return 'rgb(' + c[0] + ',' + c[1] + ',' + c[2] + ')';
  }

  /** 0.5 → "0.5", −1 → "−1" (a true minus sign, as the widgets print numbers). */
  function tickText(v) {
    var text = String(Math.round(v * 1000) / 1000);
    return text.charAt(0) === '-' ? '−' + text.slice(1) : text;
  }

  /** Ticks at a "nice" step (1, 2 or 5 × 10^k) giving about five over [−range, range]. */
  function ticks(range) {
    var raw = 2 * range / 4;
    var power = Math.pow(10, Math.floor(Math.log10(raw)));
    var step = [1, 2, 5, 10].map(function (m) { return m * power; }).filter(function (s) { return s >= raw * 0.99; })[0];
    var out = [];
    for (var v = Math.ceil(-range / step - 1e-9) * step; v <= range + 1e-9; v += step) {
      out.push(Math.abs(v) < 1e-9 ? 0 : v);
    }
    return out;
  }

  function DecisionMap(container, options) {
    options = options || {};
    this.labels = Object.assign({}, DEFAULT_LABELS, options.labels || {});
    this.range = options.range || 1;
    this.grid = null;
    this.train = [];
    this.test = [];
    this.palette = null;

    container.classList.add('decision-map');
    this.box = document.createElement('div');
    this.box.className = 'decision-map-box';
    this.canvas = document.createElement('canvas');
    this.canvas.setAttribute('role', 'img');
    this.canvas.setAttribute('aria-label', this.labels.title);
    this.box.appendChild(this.canvas);
    container.appendChild(this.box);
    container.appendChild(this.legend());
    this.ctx = this.canvas.getContext('2d');
    // the heatmap is drawn once per grid at its own resolution, then scaled onto the plot
    this.heat = document.createElement('canvas');

    var self = this;
    if (window.ResizeObserver) {
      new ResizeObserver(function () { self.draw(); }).observe(this.box);
    }
    // theme.js expresses every theme change (toggle or system) as this attribute: re-read the
    // colours and repaint
    new MutationObserver(function () { self.palette = null; self.paintHeat(); self.draw(); })
      .observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    this.draw();
  }

  DecisionMap.prototype.legend = function () {
    var l = this.labels;
    var legend = document.createElement('ul');
    legend.className = 'decision-map-legend';
    [['class0', 'dm-swatch dm-class0'], ['class1', 'dm-swatch dm-class1'],
      ['train', 'dm-marker dm-train'], ['test', 'dm-marker dm-test']].forEach(function (item) {
      var li = document.createElement('li');
      var mark = document.createElement('span');
      mark.className = item[1];
      mark.setAttribute('aria-hidden', 'true');
      li.appendChild(mark);
      li.appendChild(document.createTextNode(l[item[0]]));
      legend.appendChild(li);
    });
    return legend;
  };

  DecisionMap.prototype.colors = function () {
    if (!this.palette) {
      var style = getComputedStyle(this.box);
      var read = function (name) { return style.getPropertyValue(name).trim(); };
      this.palette = {
        class0: parseColor(read('--dm-class0')),
        class1: parseColor(read('--dm-class1')),
        neutral: parseColor(read('--dm-neutral')),
        edge: read('--dm-point-edge'),
        axis: read('--dm-axis'),
        text: read('--dm-text'),
        font: read('--dm-font') || '12px sans-serif'
      };
    }
    return this.palette;
  };

  /** The background colour for probability p: the neutral colour at 0.5, tinted towards a class. */
  DecisionMap.prototype.colorAt = function (p) {
    var c = this.colors();
    var target = p >= 0.5 ? c.class1 : c.class0;
    var t = Math.min(1, Math.abs(p - 0.5) * 2) * MAX_TINT;
    return [0, 1, 2].map(function (k) { return Math.round(c.neutral[k] + (target[k] - c.neutral[k]) * t); });
  };

  /**
   * Shows new data; each part is optional and kept until replaced. grid: {resolution, range,
   * probabilities} with row i at x2 = −range + 2·range·i/(resolution−1) going up and column j the
   * same for x1 (the server's DecisionGrid); train, test: arrays of [x1, x2, label].
   */
  DecisionMap.prototype.update = function (data) {
    if (data.grid) {
      this.grid = data.grid;
      this.range = data.grid.range;
      this.paintHeat();
    }
    if (data.train) this.train = data.train;
    if (data.test) this.test = data.test;
    this.draw();
  };

  DecisionMap.prototype.paintHeat = function () {
    var grid = this.grid;
    if (!grid) return;
    var n = grid.resolution;
    if (this.heat.width !== n) {
      this.heat.width = n;
      this.heat.height = n;
    }
    var hctx = this.heat.getContext('2d');
    var image = hctx.createImageData(n, n);
    var p = grid.probabilities;
    for (var i = 0; i < n; i++) {
      var y = n - 1 - i;  // x2 grows upwards, canvas rows downwards
      for (var j = 0; j < n; j++) {
        var c = this.colorAt(p[i * n + j]);
        var o = 4 * (y * n + j);
        image.data[o] = c[0];
        image.data[o + 1] = c[1];
        image.data[o + 2] = c[2];
        image.data[o + 3] = 255;
      }
    }
    hctx.putImageData(image, 0, 0);
  };

  /** The plot's square in CSS pixels, and the mapping from the plane to it. */
  DecisionMap.prototype.layout = function () {
    var width = this.box.clientWidth;
    var height = this.box.clientHeight;
    var size = Math.max(10, Math.min(width - MARGIN.left - MARGIN.right, height - MARGIN.top - MARGIN.bottom));
    var left = MARGIN.left + (width - MARGIN.left - MARGIN.right - size) / 2;
    var top = MARGIN.top;
    var range = this.range;
    return {
      width: width, height: height, left: left, top: top, size: size,
      x: function (x1) { return left + (x1 + range) / (2 * range) * size; },
      y: function (x2) { return top + (range - x2) / (2 * range) * size; }
    };
  };

  /** Where (x1, x2) lands on the canvas, in device pixels (for tests and tooltips). */
  DecisionMap.prototype.toCanvas = function (x1, x2) {
    var box = this.layout();
    var ratio = this.canvas.width / Math.max(1, box.width);
    return { x: box.x(x1) * ratio, y: box.y(x2) * ratio };
  };

  DecisionMap.prototype.draw = function () {
    var box = this.layout();
    if (box.width === 0) return;
    var ratio = window.devicePixelRatio || 1;
    var w = Math.round(box.width * ratio);
    var h = Math.round(box.height * ratio);
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
    }
    var ctx = this.ctx;
    var c = this.colors();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, box.width, box.height);

    ctx.save();
    ctx.beginPath();
    ctx.rect(box.left, box.top, box.size, box.size);
    ctx.clip();
    ctx.fillStyle = rgb(c.neutral);
    ctx.fillRect(box.left, box.top, box.size, box.size);
    if (this.grid) {
      // each grid value is a sample AT a grid line, so the image reaches half a cell past the
      // outer lines; the clip trims that half
      var n = this.grid.resolution;
      var half = box.size / (n - 1) / 2;
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(this.heat, box.left - half, box.top - half, box.size + 2 * half, box.size + 2 * half);
    }
    this.drawPoints(box, this.train, false);
    this.drawPoints(box, this.test, true);
    ctx.restore();
    this.drawAxes(box);
  };

  DecisionMap.prototype.drawPoints = function (box, points, hollow) {
    var ctx = this.ctx;
    var c = this.colors();
    var fills = [rgb(c.class0), rgb(c.class1)];
    for (var k = 0; k < 2; k++) {
      // one path per class and kind: hundreds of points stay one fill and one stroke
      ctx.beginPath();
      for (var i = 0; i < points.length; i++) {
        var pt = points[i];
        if ((pt[2] >= 0.5 ? 1 : 0) !== k) continue;
        var x = box.x(pt[0]);
        var y = box.y(pt[1]);
        ctx.moveTo(x + RADIUS, y);
        ctx.arc(x, y, RADIUS, 0, 2 * Math.PI);
      }
      if (hollow) {
        ctx.lineWidth = 4;
        ctx.strokeStyle = c.edge;
        ctx.stroke();
        ctx.lineWidth = 2;
        ctx.strokeStyle = fills[k];
        ctx.stroke();
      } else {
        ctx.fillStyle = fills[k];
        ctx.fill();
        ctx.lineWidth = 1;
        ctx.strokeStyle = c.edge;
        ctx.stroke();
      }
    }
  };

  DecisionMap.prototype.drawAxes = function (box) {
    var ctx = this.ctx;
    var c = this.colors();
    var l = this.labels;
    ctx.strokeStyle = c.axis;
    ctx.lineWidth = 1;
    ctx.strokeRect(box.left + 0.5, box.top + 0.5, box.size - 1, box.size - 1);
    ctx.fillStyle = c.text;
    ctx.font = c.font;
    var values = ticks(this.range);
    ctx.beginPath();
    values.forEach(function (v) {
      var x = Math.round(box.x(v)) + 0.5;
      var y = Math.round(box.y(v)) + 0.5;
      ctx.moveTo(x, box.top + box.size);
      ctx.lineTo(x, box.top + box.size + 4);
      ctx.moveTo(box.left - 4, y);
      ctx.lineTo(box.left, y);
    });
    ctx.stroke();
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    values.forEach(function (v) { ctx.fillText(tickText(v), box.x(v), box.top + box.size + 6); });
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    values.forEach(function (v) { ctx.fillText(tickText(v), box.left - 6, box.y(v)); });
    ctx.font = 'italic ' + c.font;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    ctx.fillText(l.x1, box.left + box.size / 2, box.height - 1);
    ctx.save();
    ctx.translate(box.left - 38, box.top + box.size / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textBaseline = 'middle';
    ctx.fillText(l.x2, 0, 0);
    ctx.restore();
  };

  window.Neurona = window.Neurona || {};
  window.Neurona.decisionMap = function (container, options) {
    return new DecisionMap(container, options);
  };
})();
