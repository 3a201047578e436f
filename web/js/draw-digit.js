// Lesson 1.5's "draw a digit": the learner draws on a canvas (mouse, pen or finger through Pointer
// Events), the drawing is turned into a 28×28 image the way MNIST's digits were made (ink cropped,
// scaled to fit 20×20, centred by its centre of mass, grey levels in [0, 1]) and the run's trained
// model answers with the probability of each digit (POST /runs/{id}/predictions).
(function () {
  'use strict';

  if (window.NeuronaDrawDigit) {
    // the fragment came again (another run finished): the first copy of this script does the work
    window.NeuronaDrawDigit.init(document);
    return;
  }

  var SIZE = 28;          // the model's input: 28×28
  var BOX = 20;           // MNIST scaled each digit to fit a 20×20 box...
  var STROKE = 0.08;      // stroke width as a share of the canvas side (22 px of 280)
  var INK = 0.02;         // grey level above which a pixel counts as ink when cropping
  var DEBOUNCE_MS = 150;

  // ---------- preprocessing, MNIST-style ----------

  /** Area-averaging resize of a grey image (separable, fractional overlaps): good for large shrink factors. */
  function resize(src, sw, sh, tw, th) {
    var tmp = new Float32Array(tw * sh);
    var fx = sw / tw;
    for (var y = 0; y < sh; y++) {
      for (var x = 0; x < tw; x++) {
        var start = x * fx, end = start + fx, sum = 0;
        for (var s = Math.floor(start); s < end && s < sw; s++) {
          var overlap = Math.min(end, s + 1) - Math.max(start, s);
          if (overlap > 0) sum += src[y * sw + s] * overlap;
        }
        tmp[y * tw + x] = sum / fx;
      }
    }
    var out = new Float32Array(tw * th);
    var fy = sh / th;
    for (var ty = 0; ty < th; ty++) {
      var from = ty * fy, to = from + fy;
      for (var tx = 0; tx < tw; tx++) {
        var total = 0;
        for (var r = Math.floor(from); r < to && r < sh; r++) {
          var cover = Math.min(to, r + 1) - Math.max(from, r);
          if (cover > 0) total += tmp[r * tw + tx] * cover;
        }
        out[ty * tw + tx] = total / fy;
      }
    }
    return out;
  }

  /**
   * A grey image (values in [0, 1], white ink on black) → the 784 values the model takes, or null
   * when there is no ink: the ink's bounding box, scaled to fit 20×20 keeping its aspect ratio,
   * placed in 28×28 so that its centre of mass is the centre.
   */
  function preprocess(grey, width, height) {
    var minX = width, minY = height, maxX = -1, maxY = -1;
    for (var y = 0; y < height; y++) {
      for (var x = 0; x < width; x++) {
        if (grey[y * width + x] > INK) {
          if (x < minX) minX = x;
          if (x > maxX) maxX = x;
          if (y < minY) minY = y;
          if (y > maxY) maxY = y;
        }
      }
    }
    if (maxX < 0) return null;
    var w = maxX - minX + 1, h = maxY - minY + 1;
    var crop = new Float32Array(w * h);
    for (var cy = 0; cy < h; cy++) {
      for (var cx = 0; cx < w; cx++) crop[cy * w + cx] = grey[(minY + cy) * width + minX + cx];
    }
    var scale = BOX / Math.max(w, h);
    var tw = Math.max(1, Math.min(BOX, Math.round(w * scale)));
    var th = Math.max(1, Math.min(BOX, Math.round(h * scale)));
    var small = resize(crop, w, h, tw, th);
    var mass = 0, mx = 0, my = 0;
    for (var sy = 0; sy < th; sy++) {
      for (var sx = 0; sx < tw; sx++) {
        var v = small[sy * tw + sx];
        mass += v; mx += v * (sx + 0.5); my += v * (sy + 0.5);
      }
    }
    if (mass <= 0) return null;
    var ox = Math.round(SIZE / 2 - mx / mass), oy = Math.round(SIZE / 2 - my / mass);
    var pixels = new Float32Array(SIZE * SIZE);
    for (var py = 0; py < th; py++) {
      for (var px = 0; px < tw; px++) {
        var X = px + ox, Y = py + oy;
        if (X >= 0 && X < SIZE && Y >= 0 && Y < SIZE) pixels[Y * SIZE + X] = Math.min(1, Math.max(0, small[py * tw + px]));
      }
    }
    return pixels;
  }

  // ---------- one pad ----------

  function Pad(root) {
    this.root = root;
    this.run = root.getAttribute('data-run');
    this.canvas = root.querySelector('.draw-digit-canvas');
    this.ctx = this.canvas.getContext('2d', { willReadFrequently: true });
    this.seen = root.querySelector('.draw-digit-input');
    this.output = root.querySelector('.draw-digit-output');
    this.message = root.querySelector('.draw-digit-message');
    this.prediction = root.querySelector('.draw-digit-prediction');
    this.digit = root.querySelector('.draw-digit-digit');
    this.confidence = root.querySelector('.draw-digit-confidence');
    this.bars = Array.prototype.slice.call(root.querySelectorAll('.draw-digit-bars li'));
    this.note = root.querySelector('.draw-digit-note');
    this.error = root.querySelector('.draw-digit-error');
    this.pointer = null;
    this.last = null;
    this.timer = null;
    this.sequence = 0;
    this.hasResult = false;
    var lang = document.documentElement.getAttribute('lang') || 'es';
    this.percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
    this.bind();
    this.clear();
  }

  Pad.prototype.msg = function (name, values) {
    var text = this.root.getAttribute('data-msg-' + name) || '';
    Object.keys(values || {}).forEach(function (key) { text = text.split('%' + key).join(values[key]); });
    return text;
  };

  Pad.prototype.bind = function () {
    var self = this, canvas = this.canvas;
    canvas.addEventListener('pointerdown', function (e) {
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      if (self.pointer !== null) return; // one stroke at a time: a second finger is ignored
      e.preventDefault();
      try { canvas.setPointerCapture(e.pointerId); } catch (err) { /* capture is a nicety */ }
      clearTimeout(self.timer);
      self.pointer = e.pointerId;
      self.last = self.point(e);
      self.dot(self.last);
    });
    canvas.addEventListener('pointermove', function (e) {
      if (e.pointerId !== self.pointer) return;
      e.preventDefault();
      var events = e.getCoalescedEvents ? e.getCoalescedEvents() : [];
      if (!events.length) events = [e];
      events.forEach(function (ev) {
        var p = self.point(ev);
        self.line(self.last, p);
        self.last = p;
      });
    });
    var end = function (e) {
      if (e.pointerId !== self.pointer) return;
      self.pointer = null;
      self.last = null;
      self.schedule();
    };
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
    canvas.addEventListener('lostpointercapture', end);
    canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
    this.root.querySelector('.draw-digit-clear').addEventListener('click', function () { self.clear(); });
  };

  /** The pointer's position in canvas pixels, whatever size CSS gives the canvas. */
  Pad.prototype.point = function (e) {
    var rect = this.canvas.getBoundingClientRect();
    return {
      x: (e.clientX - rect.left) * this.canvas.width / rect.width,
      y: (e.clientY - rect.top) * this.canvas.height / rect.height
    };
  };

  Pad.prototype.dot = function (p) {
    var ctx = this.ctx;
    ctx.fillStyle = '#fff';
    ctx.beginPath();
    ctx.arc(p.x, p.y, this.canvas.width * STROKE / 2, 0, 2 * Math.PI);
    ctx.fill();
  };

  Pad.prototype.line = function (from, to) {
    var ctx = this.ctx;
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = this.canvas.width * STROKE;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(to.x, to.y);
    ctx.stroke();
  };

  Pad.prototype.clear = function () {
    clearTimeout(this.timer);
    this.sequence++;
    this.pointer = null;
    this.ctx.fillStyle = '#000';
    this.ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
    var seen = this.seen.getContext('2d');
    seen.fillStyle = '#000';
    seen.fillRect(0, 0, SIZE, SIZE);
    this.hasResult = false;
    this.root.classList.remove('has-result');
    this.prediction.hidden = true;
    this.digit.textContent = '–';
    this.confidence.textContent = '';
    this.note.hidden = true;
    this.bars.forEach(function (li) {
      li.classList.remove('is-top');
      li.style.setProperty('--p', '0');
      li.querySelector('.draw-digit-pct').textContent = '–';
    });
    this.message.textContent = this.msg('empty');
    this.showError(null);
    this.output.removeAttribute('aria-busy');
    this.root.setAttribute('data-state', 'empty');
    this.root.removeAttribute('data-predicted');
  };

  Pad.prototype.schedule = function () {
    var self = this;
    clearTimeout(this.timer);
    this.timer = setTimeout(function () { self.predict(); }, DEBOUNCE_MS);
  };

  /** The drawing as grey levels in [0, 1] (the red channel: the ink is white on black). */
  Pad.prototype.grey = function () {
    var w = this.canvas.width, h = this.canvas.height;
    var data = this.ctx.getImageData(0, 0, w, h).data;
    var grey = new Float32Array(w * h);
    for (var i = 0; i < grey.length; i++) grey[i] = data[4 * i] / 255;
    return grey;
  };

  Pad.prototype.showInput = function (pixels) {
    var ctx = this.seen.getContext('2d');
    var image = ctx.createImageData(SIZE, SIZE);
    for (var i = 0; i < pixels.length; i++) {
      var v = Math.round(pixels[i] * 255);
      image.data[4 * i] = v; image.data[4 * i + 1] = v; image.data[4 * i + 2] = v; image.data[4 * i + 3] = 255;
    }
    ctx.putImageData(image, 0, 0);
  };

  Pad.prototype.predict = function () {
    var self = this;
    var pixels = preprocess(this.grey(), this.canvas.width, this.canvas.height);
    if (!pixels) return;
    this.showInput(pixels);
    var sequence = ++this.sequence;
    this.root.setAttribute('data-state', 'busy');
    this.output.setAttribute('aria-busy', 'true');
    if (!this.hasResult) this.message.textContent = this.msg('thinking');
    var body = JSON.stringify({ pixels: Array.prototype.map.call(pixels, function (v) { return Math.round(v * 1000) / 1000; }) });
    fetch('/runs/' + encodeURIComponent(this.run) + '/predictions', {
      method: 'POST',
      headers: NeuronaCsrf.headers({ 'Content-Type': 'application/json', 'Accept': 'application/json' }),
      body: body
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        return { status: response.status, json: json };
      });
    }).then(function (answer) {
      if (sequence !== self.sequence) return; // a newer drawing, or Borrar, came since
      if (answer.status === 200 && answer.json && Array.isArray(answer.json.probabilities)) {
        self.render(answer.json);
      } else if (answer.status === 404) {
        self.fail(self.msg('error-gone'));
      } else if (answer.status === 422) {
        self.fail(self.msg('error-input', { detail: (answer.json && answer.json.error) || String(answer.status) }));
      } else if (answer.status === 409) {
        self.fail(self.msg('error-diverged'));
      } else if (answer.status === 403 && answer.json && answer.json.error) {
        self.fail(answer.json.error); // the page's security token was refused: the server says to reload
      } else {
        self.fail(self.msg('error-network'));
      }
    }).catch(function () {
      if (sequence === self.sequence) self.fail(self.msg('error-network'));
    });
  };

  Pad.prototype.render = function (answer) {
    var self = this;
    var probabilities = answer.probabilities;
    var digit = answer.digit;
    this.showError(null);
    this.hasResult = true;
    this.root.classList.add('has-result');
    this.digit.textContent = String(digit);
    this.prediction.hidden = false;
    this.bars.forEach(function (li, i) {
      var p = Number(probabilities[i]) || 0;
      li.style.setProperty('--p', String(Math.max(0, Math.min(1, p))));
      li.classList.toggle('is-top', i === digit);
      li.querySelector('.draw-digit-pct').textContent = self.percent.format(p);
    });
    var confidence = this.percent.format(Number(probabilities[digit]) || 0);
    this.confidence.textContent = confidence;
    this.note.hidden = !answer.normalized;
    // the sentence is for screen readers (the region is live); the big digit says it to the eye
    this.message.textContent = this.msg('result', { digit: String(digit), percent: confidence });
    this.output.removeAttribute('aria-busy');
    this.root.setAttribute('data-state', 'done');
    this.root.setAttribute('data-predicted', String(digit));
  };

  Pad.prototype.fail = function (text) {
    this.output.removeAttribute('aria-busy');
    if (!this.hasResult) this.message.textContent = '';
    this.showError(text);
    this.root.setAttribute('data-state', 'error');
  };

  Pad.prototype.showError = function (text) {
    this.error.textContent = text || '';
    this.error.hidden = !text;
  };

  function init(scope) {
    var base = scope && scope.querySelectorAll ? scope : document;
    var found = Array.prototype.slice.call(base.querySelectorAll('.draw-digit:not([data-ready])'));
    if (base.matches && base.matches('.draw-digit:not([data-ready])')) found.push(base);
    found.forEach(function (root) {
      root.setAttribute('data-ready', '');
      new Pad(root);
    });
  }

  window.NeuronaDrawDigit = { init: init, preprocess: preprocess };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { init(document); });
  } else {
    init(document);
  }
  if (window.htmx) htmx.onLoad(init);
})();
