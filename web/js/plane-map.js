// The one painter of a 2-D classifier's plane: the network's P(class 1) as a heatmap, the points on
// top, ticks and the axis names x₁ and x₂. The playground's decision map (decision-map.js) and module
// 2's hand-written network (widgets/scratch.js) both draw with it; each look (colours, tint, point
// size, grid lines, margins) is a set of --plane-* CSS properties on the canvas's parent, so the two
// differ only in their CSS. Load after neurona.js; then Neurona.planeMap(canvas, options).
(function () {
  'use strict';

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

  /** "none" or nothing → null: a part of the look that is left out. */
  function optional(text) {
    return text && text !== 'none' ? text : null;
  }

  /**
   * A plane on a canvas. options.range: the half-width of the plotted square (default: the grid's
   * own range, following each new grid); options.tickRange: the half-width the ticks cover (default:
   * the plotted one).
   */
  function PlaneMap(canvas, options) {
    options = options || {};
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.fixedRange = options.range || null;
    this.range = options.range || 1;
    this.tickRange = options.tickRange || null;
    this.grid = null;
    this.train = [];
    this.test = [];
    this.look = null;
    // the heatmap is painted once per grid at its own resolution, then scaled onto the plot
    this.heat = document.createElement('canvas');
  }

  /** The look, read once from the --plane-* properties (again after restyle(), e.g. a theme change). */
  PlaneMap.prototype.style = function () {
    if (!this.look) {
      var css = getComputedStyle(this.canvas.parentElement);
      var read = function (name) { return css.getPropertyValue(name).trim(); };
      var num = function (name) { return parseFloat(read(name)) || 0; };
      var margin = read('--plane-margin').split(/\s+/).map(Number);
      this.look = {
        class0: parseColor(read('--plane-class0')),
        class1: parseColor(read('--plane-class1')),
        background: parseColor(read('--plane-background')),
        tintMin: num('--plane-tint-min'),
        tintMax: num('--plane-tint-max'),
        sharpCells: read('--plane-cells') === 'sharp',
        extent: optional(read('--plane-extent')),
        gridLines: optional(read('--plane-grid-lines')),
        radius: num('--plane-point-radius'),
        oneByOne: read('--plane-points') === 'one-by-one',
        edge: read('--plane-point-edge'),
        edgeWidth: num('--plane-point-edge-width'),
        frame: read('--plane-frame'),
        tickLength: num('--plane-tick-length'),
        tickGap: num('--plane-tick-gap'),
        tickFont: read('--plane-tick-font') || '12px sans-serif',
        tickColor: read('--plane-tick-color'),
        nameFont: read('--plane-name-font') || 'italic 12px sans-serif',
        nameColor: read('--plane-name-color'),
        xNameGap: num('--plane-x-name-gap'),
        yNameGap: num('--plane-y-name-gap'),
        margin: { top: margin[0] || 0, right: margin[1] || 0, bottom: margin[2] || 0, left: margin[3] || 0 }
      };
    }
    return this.look;
  };

  /** Forgets the look and repaints with the current CSS. */
  PlaneMap.prototype.restyle = function () {
    this.look = null;
    this.paintHeat();
    this.draw();
  };

  /** The background colour for probability p: the background at 0.5, tinted towards a class. */
  PlaneMap.prototype.colorAt = function (p) {
    var c = this.style();
    var target = p >= 0.5 ? c.class1 : c.class0;
    var t = c.tintMin + (c.tintMax - c.tintMin) * Math.min(1, Math.abs(p - 0.5) * 2);
    return [0, 1, 2].map(function (k) { return Math.round(c.background[k] + (target[k] - c.background[k]) * t); });
  };

  /**
   * Shows new data; each part is optional and kept until replaced. grid: {resolution, range,
   * probabilities} with row i at x2 = −range + 2·range·i/(resolution−1) going up and column j the
   * same for x1 (the server's DecisionGrid); train, test: arrays of [x1, x2, label], the training
   * points drawn filled and the test points hollow.
   */
  PlaneMap.prototype.update = function (data) {
    if (data.grid) {
      this.grid = data.grid;
      if (!this.fixedRange) this.range = data.grid.range;
      this.paintHeat();
    }
    if (data.train) this.train = data.train;
    if (data.test) this.test = data.test;
    this.draw();
  };

  PlaneMap.prototype.paintHeat = function () {
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
  PlaneMap.prototype.layout = function () {
    var m = this.style().margin;
    var width = this.canvas.clientWidth;
    var height = this.canvas.clientHeight;
    var size = Math.max(10, Math.min(width - m.left - m.right, height - m.top - m.bottom));
    var left = m.left + (width - m.left - m.right - size) / 2;
    var top = m.top;
    var range = this.range;
    return {
      width: width, height: height, left: left, top: top, size: size,
      x: function (x1) { return left + (x1 + range) / (2 * range) * size; },
      y: function (x2) { return top + (range - x2) / (2 * range) * size; }
    };
  };

  /** Where (x1, x2) lands on the canvas, in device pixels (for tests and tooltips). */
  PlaneMap.prototype.toCanvas = function (x1, x2) {
    var box = this.layout();
    var ratio = this.canvas.width / Math.max(1, box.width);
    return { x: box.x(x1) * ratio, y: box.y(x2) * ratio };
  };

  PlaneMap.prototype.draw = function () {
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
    var c = this.style();
    var values = ticks(this.tickRange || this.range);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, box.width, box.height);

    ctx.save();
    ctx.beginPath();
    ctx.rect(box.left, box.top, box.size, box.size);
    ctx.clip();
    ctx.fillStyle = rgb(c.background);
    ctx.fillRect(box.left, box.top, box.size, box.size);
    if (this.grid) this.drawHeat(box);
    if (c.gridLines) {
      ctx.strokeStyle = c.gridLines;
      ctx.lineWidth = 1;
      ctx.beginPath();
      values.forEach(function (v) {
        ctx.moveTo(box.x(v) + 0.5, box.top);
        ctx.lineTo(box.x(v) + 0.5, box.top + box.size);
        ctx.moveTo(box.left, box.y(v) + 0.5);
        ctx.lineTo(box.left + box.size, box.y(v) + 0.5);
      });
      ctx.stroke();
    }
    this.drawPoints(box, this.train, false);
    this.drawPoints(box, this.test, true);
    ctx.restore();
    this.drawAxes(box, values);
  };

  PlaneMap.prototype.drawHeat = function (box) {
    var ctx = this.ctx;
    var c = this.style();
    var grid = this.grid;
    // each grid value is a sample AT a grid line, so the image reaches half a cell past the outer
    // lines; where the plot is no wider than the grid, the clip trims that half
    var half = grid.range / (grid.resolution - 1);
    var x0 = box.x(-grid.range - half);
    var y0 = box.y(grid.range + half);
    var side = box.x(grid.range + half) - x0;
    ctx.imageSmoothingEnabled = !c.sharpCells;
    ctx.drawImage(this.heat, x0, y0, side, side);
    if (c.extent) {
      // where the plot is wider than the grid, a dashed square shows where the grid ends
      ctx.save();
      ctx.setLineDash([4, 3]);
      ctx.strokeStyle = c.extent;
      ctx.lineWidth = 1;
      var a = box.x(-grid.range);
      var b = box.y(grid.range);
      ctx.strokeRect(a, b, box.x(grid.range) - a, box.y(-grid.range) - b);
      ctx.restore();
    }
  };

  PlaneMap.prototype.drawPoints = function (box, points, hollow) {
    var ctx = this.ctx;
    var c = this.style();
    var fills = [rgb(c.class0), rgb(c.class1)];
    var r = c.radius;
    if (c.oneByOne && !hollow) {
      // each point filled and outlined in turn: a point covers the outlines of those drawn before it
      ctx.lineWidth = c.edgeWidth;
      ctx.strokeStyle = c.edge;
      points.forEach(function (pt) {
        ctx.beginPath();
        ctx.arc(box.x(pt[0]), box.y(pt[1]), r, 0, 2 * Math.PI);
        ctx.fillStyle = fills[pt[2] >= 0.5 ? 1 : 0];
        ctx.fill();
        ctx.stroke();
      });
      return;
    }
    for (var k = 0; k < 2; k++) {
      // one path per class and kind: hundreds of points stay one fill and one stroke
      ctx.beginPath();
      for (var i = 0; i < points.length; i++) {
        var pt = points[i];
        if ((pt[2] >= 0.5 ? 1 : 0) !== k) continue;
        var x = box.x(pt[0]);
        var y = box.y(pt[1]);
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, 2 * Math.PI);
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
        ctx.lineWidth = c.edgeWidth;
        ctx.strokeStyle = c.edge;
        ctx.stroke();
      }
    }
  };

  PlaneMap.prototype.drawAxes = function (box, values) {
    var ctx = this.ctx;
    var c = this.style();
    ctx.strokeStyle = c.frame;
    ctx.lineWidth = 1;
    ctx.strokeRect(box.left + 0.5, box.top + 0.5, box.size - 1, box.size - 1);
    if (c.tickLength > 0) {
      ctx.beginPath();
      values.forEach(function (v) {
        var x = Math.round(box.x(v)) + 0.5;
        var y = Math.round(box.y(v)) + 0.5;
        ctx.moveTo(x, box.top + box.size);
        ctx.lineTo(x, box.top + box.size + c.tickLength);
        ctx.moveTo(box.left - c.tickLength, y);
        ctx.lineTo(box.left, y);
      });
      ctx.stroke();
    }
    ctx.fillStyle = c.tickColor;
    ctx.font = c.tickFont;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    values.forEach(function (v) { ctx.fillText(tickText(v), box.x(v), box.top + box.size + c.tickGap); });
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    values.forEach(function (v) { ctx.fillText(tickText(v), box.left - c.tickGap, box.y(v)); });
    ctx.fillStyle = c.nameColor;
    ctx.font = c.nameFont;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    ctx.fillText('x₁', box.left + box.size / 2, box.top + box.size + c.xNameGap);
    ctx.save();
    ctx.translate(box.left - c.yNameGap, box.top + box.size / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textBaseline = 'middle';
    ctx.fillText('x₂', 0, 0);
    ctx.restore();
  };

  window.Neurona = window.Neurona || {};
  window.Neurona.planeMap = function (canvas, options) {
    return new PlaneMap(canvas, options);
  };
})();
