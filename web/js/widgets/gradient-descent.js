// Gradient-descent widget (lesson 1.10): plain or momentum gradient descent on a 1-D loss curve
// (a parabola, or a non-convex curve with a local and a global minimum) or on an elongated 2-D bowl
// drawn as contour lines. Every instance is independent; the math lives in small named functions.
(function () {
  'use strict';

  if (window.NeuronaGradientDescent) {
    window.NeuronaGradientDescent.initAll(document);
    return;
  }

  var BETA = 0.9;
  var LR_MIN = 0.001;
  var LR_MAX = 1.2;
  var HUGE = 1e6;          // |w| beyond this: the run has diverged, stepping stops
  var GRAD_TOL = 1e-3;     // gradient this small: arrived at a minimum
  var CRAWL_RATE = 0.025;  // less than 2.5 % of the remaining gap closed per step: crawling
  var MAX_STEPS = 5000;

  // ---------- the loss functions ----------

  function quadLoss(w) { var d = w[0] - 3; return d * d + 1; }
  function quadGrad(w) { return [2 * (w[0] - 3)]; }

  // L(w) = 0.1 w^4 - w^2 + 0.5 w + 4: global minimum near w = -2.35, local minimum near w = 2.10
  function nonconvexLoss(w) { var x = w[0]; return 0.1 * x * x * x * x - x * x + 0.5 * x + 4; }
  function nonconvexGrad(w) { var x = w[0]; return [0.4 * x * x * x - 2 * x + 0.5]; }
  function nonconvexCurvature(x) { return 1.2 * x * x - 2; }

  function bowlLoss(w) { return w[0] * w[0] + 10 * w[1] * w[1]; }
  function bowlGrad(w) { return [2 * w[0], 20 * w[1]]; }

  /** A zero of the derivative of the non-convex curve by Newton's method from a guess. */
  function nonconvexCritical(guess) {
    var x = guess;
    for (var i = 0; i < 50; i++) {
      x -= nonconvexGrad([x])[0] / nonconvexCurvature(x);
    }
    return x;
  }

  var NC_GLOBAL = nonconvexCritical(-2.3);
  var NC_PEAK = nonconvexCritical(0.25);
  var NC_LOCAL = nonconvexCritical(2.1);

  var FUNCTIONS = {
    quad: {
      dim: 1, start: [0], rate: 0.1, view: { x: [-2, 8] },
      loss: quadLoss, grad: quadGrad,
      tex: ["L(w) = (w - 3)^2 + 1", "L'(w) = 2(w - 3)"],
      minima: [{ w: [3], loss: 1, global: true }],
      basin: function () { return 0; }
    },
    nonconvex: {
      dim: 1, start: [3.5], rate: 0.05, view: { x: [-3.6, 3.6] },
      loss: nonconvexLoss, grad: nonconvexGrad,
      tex: ["L(w) = 0.1w^4 - w^2 + 0.5w + 4", "L'(w) = 0.4w^3 - 2w + 0.5"],
      minima: [
        { w: [NC_GLOBAL], loss: nonconvexLoss([NC_GLOBAL]), global: true },
        { w: [NC_LOCAL], loss: nonconvexLoss([NC_LOCAL]), global: false }
      ],
      basin: function (w) { return w[0] < NC_PEAK ? 0 : 1; }
    },
    bowl: {
      dim: 2, start: [-4.5, 2], rate: 0.02, view: { x: [-5, 5], y: [-2.5, 2.5] },
      loss: bowlLoss, grad: bowlGrad,
      tex: ["L(w_1, w_2) = w_1^2 + 10\\,w_2^2", "\\nabla L = (2w_1,\\ 20w_2)"],
      minima: [{ w: [0, 0], loss: 0, global: true }],
      basin: function () { return 0; }
    }
  };

  // ---------- small vector helpers ----------

  function norm(v) {
    var s = 0;
    for (var i = 0; i < v.length; i++) s += v[i] * v[i];
    return Math.sqrt(s);
  }

  function allFinite(v) {
    for (var i = 0; i < v.length; i++) if (!isFinite(v[i])) return false;
    return true;
  }

  function zeros(n) { var z = []; for (var i = 0; i < n; i++) z.push(0); return z; }

  // ---------- numbers as the course shows them ----------

  /** Rounds to a few significant digits so float noise (0.6000000000000001) never shows. */
  function tidy(x, digits) {
    return Number(x.toPrecision(digits || 4));
  }

  function fmt(x) {
    if (x === 0 || Object.is(x, -0)) return '0';
    if (!isFinite(x)) return isNaN(x) ? 'NaN' : (x > 0 ? '∞' : '−∞');
    var a = Math.abs(x);
    var text;
    if (a >= HUGE || a < 1e-4) {
      var parts = x.toExponential(2).split('e');
      text = Number(parts[0]) + 'e' + Number(parts[1]);
    } else if (a >= 1e4) {
      text = String(Math.round(x));
    } else {
      text = String(tidy(x, 4));
    }
    return text.replace('-', '−');
  }

  function tex(x, parens) {
    var t;
    if (x !== 0 && isFinite(x) && (Math.abs(x) >= HUGE || Math.abs(x) < 1e-4)) {
      var parts = x.toExponential(2).split('e');
      t = Number(parts[0]) + '\\times 10^{' + Number(parts[1]) + '}';
    } else {
      t = fmt(x).replace('−', '-').replace('∞', '\\infty');
    }
    return parens && x < 0 ? '(' + t + ')' : t;
  }

  function fmtVec(v) {
    return v.length === 1 ? fmt(v[0]) : '(' + v.map(fmt).join(', ') + ')';
  }

  function texVec(v, parens) {
    return v.length === 1 ? tex(v[0], parens) : '(' + v.map(function (x) { return tex(x); }).join(',\\ ') + ')';
  }

  // ---------- learning rate on a logarithmic slider ----------

  function clampRate(lr) {
    if (!isFinite(lr)) return 0.1;
    return Math.min(LR_MAX, Math.max(LR_MIN, lr));
  }

  /** Slider position (log10 of the rate) to a rate with two significant digits. */
  function rateFromSlider(position) {
    return clampRate(tidy(Math.pow(10, position), 2));
  }

  function sliderFromRate(lr) {
    return Math.log10(lr);
  }

  // ---------- the descent itself ----------

  function newRun(fnName, start, lr, momentum) {
    var fn = FUNCTIONS[fnName];
    var w = start.slice();
    return {
      fn: fnName, lr: lr, momentum: momentum,
      path: [{ w: w, loss: fn.loss(w), grad: fn.grad(w), v: zeros(fn.dim) }],
      stopped: false
    };
  }

  /** One update: w <- w - lr * g, or with momentum v <- beta * v + g, w <- w - lr * v. */
  function descend(run) {
    if (run.stopped || run.path.length > MAX_STEPS) return false;
    var fn = FUNCTIONS[run.fn];
    var current = run.path[run.path.length - 1];
    var g = current.grad;
    var v = run.momentum ? current.v.map(function (vi, i) { return BETA * vi + g[i]; }) : g.slice();
    var w = current.w.map(function (wi, i) { return wi - run.lr * v[i]; });
    var next = { w: w, loss: fn.loss(w), grad: fn.grad(w), v: run.momentum ? v : zeros(fn.dim) };
    run.path.push(next);
    if (!allFinite(w) || !isFinite(next.loss) || norm(w) > HUGE) run.stopped = true;
    return true;
  }

  function globalMinimum(fn) {
    return fn.minima.filter(function (m) { return m.global; })[0];
  }

  /** The minimum of the valley the point is in (for the gap that remains to close). */
  function basinMinimum(fn, w) {
    return fn.minima[fn.basin(w)];
  }

  function lossRising(path) {
    var n = path.length - 1;
    if (n < 3) return false;
    var d1 = path[n - 2].loss - path[n - 3].loss;
    var d2 = path[n - 1].loss - path[n - 2].loss;
    var d3 = path[n].loss - path[n - 1].loss;
    return path[n].loss > path[0].loss && d1 > 0 && d2 > d1 && d3 > d2;
  }

  /**
   * Crawling: the loss went down on each of the last three steps, but each closed less than 2.5 %
   * of the gap to the bottom of its valley (with momentum, only before any overshoot: near a
   * turning point a fast ball also moves little).
   */
  function crawling(fn, path, momentum) {
    var n = path.length - 1;
    if (n < 3) return false;
    for (var j = 1; j <= n; j++) {
      var rose = path[j].loss > path[j - 1].loss;
      if (rose && (momentum || j > n - 3)) return false;
    }
    var total = 0;
    for (var k = n - 2; k <= n; k++) {
      var star = basinMinimum(fn, path[k - 1].w).loss;
      var gapBefore = path[k - 1].loss - star;
      var gapAfter = path[k].loss - star;
      if (gapBefore <= 1e-9) return false;
      total += (gapBefore - gapAfter) / gapBefore;
    }
    return total / 3 < CRAWL_RATE;
  }

  function oscillating(fn, path) {
    var n = path.length - 1;
    if (n < 2) return false;
    var centre = basinMinimum(fn, path[n].w).w;
    for (var i = 0; i < centre.length; i++) {
      var a = path[n - 2].w[i] - centre[i];
      var b = path[n - 1].w[i] - centre[i];
      var c = path[n].w[i] - centre[i];
      if (Math.abs(c) > 1e-6 && a * b < 0 && b * c < 0) return true;
    }
    return false;
  }

  /** What to tell the learner about the run so far: one of the status keys. */
  function assess(run) {
    var fn = FUNCTIONS[run.fn];
    var path = run.path;
    var n = path.length - 1;
    var current = path[n];
    if (run.stopped) return 'stopped';
    if (n === 0) return norm(current.grad) < GRAD_TOL ? (basinMinimum(fn, current.w).global ? 'converged' : 'local') : 'start';
    var star = globalMinimum(fn).loss;
    var gap0 = Math.max(path[0].loss - star, 0.01);
    if ((n >= 2 && current.loss - star > 10 * gap0) || lossRising(path)) return 'diverge';
    if (norm(current.grad) < GRAD_TOL && norm(current.v) < GRAD_TOL) {
      return basinMinimum(fn, current.w).global ? 'converged' : 'local';
    }
    if (oscillating(fn, path)) return 'oscillate';
    if (crawling(fn, path, run.momentum)) return 'crawl';
    if (current.loss > path[n - 1].loss) return run.momentum ? 'up-momentum' : 'up';
    return 'descending';
  }

  function updateTex(run) {
    var fn = FUNCTIONS[run.fn];
    var n = run.path.length - 1;
    var g = fn.dim === 1 ? "L'" : '\\nabla L';
    if (n === 0) {
      return run.momentum
        ? '\\begin{aligned} v_{t+1} &= \\beta\\,v_t + ' + g + '(w_t)\\\\ w_{t+1} &= w_t - \\eta\\,v_{t+1}\\end{aligned}'
        : 'w_{t+1} = w_t - \\eta\\,' + g + '(w_t)';
    }
    var before = run.path[n - 1];
    var after = run.path[n];
    var k = n - 1;
    var lr = tex(run.lr);
    if (!run.momentum) {
      return 'w_{' + n + '} = w_{' + k + '} - \\eta\\,' + g + '(w_{' + k + '}) = ' + texVec(before.w) + ' - ' + lr +
        '\\cdot' + texVec(before.grad, true) + ' = ' + texVec(after.w);
    }
    return '\\begin{aligned} v_{' + n + '} &= \\beta\\,v_{' + k + '} + ' + g + '(w_{' + k + '}) = 0.9\\cdot' + texVec(before.v, true) +
      ' + ' + texVec(before.grad, true) + ' = ' + texVec(after.v) + '\\\\ w_{' + n + '} &= w_{' + k + '} - \\eta\\,v_{' + n + '} = ' +
      texVec(before.w) + ' - ' + lr + '\\cdot' + texVec(after.v, true) + ' = ' + texVec(after.w) + '\\end{aligned}';
  }

  // ---------- drawing ----------

  function colours(el) {
    var style = getComputedStyle(el);
    function v(name, fallback) { return style.getPropertyValue(name).trim() || fallback; }
    return {
      surface: v('--surface', '#fff'), text: v('--text', '#1c2230'), muted: v('--text-muted', '#5a6474'),
      border: v('--border', '#dde2e9'), grid: v('--grid', 'rgba(0,0,0,0.08)'), accent: v('--accent', '#2b6a89'),
      soft: v('--accent-soft', '#e3eff5'), path: v('--series-train', '#2b6a89'), hot: v('--series-val', '#d07a25'),
      ok: v('--ok', '#2e7d4f'), danger: v('--danger', '#b23a3a'), font: v('--font', 'system-ui, sans-serif')
    };
  }

  /** About `count` round tick values covering [lo, hi]. */
  function niceTicks(lo, hi, count) {
    var span = hi - lo;
    if (!(span > 0)) return [lo];
    var raw = span / count;
    var mag = Math.pow(10, Math.floor(Math.log10(raw)));
    var unit = [1, 2, 5, 10].map(function (m) { return m * mag; }).filter(function (u) { return u >= raw; })[0] || 10 * mag;
    var ticks = [];
    for (var t = Math.ceil(lo / unit) * unit; t <= hi + unit * 1e-9; t += unit) ticks.push(tidy(t, 6));
    return ticks;
  }

  /** The visible window: the function's own, widened (up to a limit) to take in the whole path. */
  function viewWindow(fn, path) {
    var x = fn.view.x.slice();
    var y = fn.view.y ? fn.view.y.slice() : null;
    var limit = 1000;
    path.forEach(function (p) {
      if (!allFinite(p.w)) return;
      if (Math.abs(p.w[0]) <= limit) { x[0] = Math.min(x[0], p.w[0]); x[1] = Math.max(x[1], p.w[0]); }
      if (y && Math.abs(p.w[1]) <= limit) { y[0] = Math.min(y[0], p.w[1]); y[1] = Math.max(y[1], p.w[1]); }
    });
    var padX = (x[1] - x[0]) * 0.04;
    x = [x[0] - padX, x[1] + padX];
    if (y) {
      var padY = (y[1] - y[0]) * 0.04;
      y = [y[0] - padY, y[1] + padY];
    }
    return { x: x, y: y };
  }

  function clampPixel(p) { return Math.max(-1e5, Math.min(1e5, p)); }

  function drawAxes(ctx, box, xs, ys, c, xLabel, yLabel) {
    ctx.font = '12px ' + c.font;
    ctx.lineWidth = 1;
    ctx.strokeStyle = c.grid;
    ctx.fillStyle = c.muted;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    niceTicks(box.x0, box.x1, Math.max(4, Math.round(box.w / 75))).forEach(function (t) {
      var px = xs(t);
      ctx.beginPath(); ctx.moveTo(px, box.top); ctx.lineTo(px, box.top + box.h); ctx.stroke();
      ctx.fillText(fmt(t), px, box.top + box.h + 4);
    });
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    niceTicks(box.y0, box.y1, Math.max(3, Math.round(box.h / 55))).forEach(function (t) {
      var py = ys(t);
      ctx.beginPath(); ctx.moveTo(box.left, py); ctx.lineTo(box.left + box.w, py); ctx.stroke();
      ctx.fillText(fmt(t), box.left - 6, py);
    });
    ctx.strokeStyle = c.border;
    ctx.strokeRect(box.left, box.top, box.w, box.h);
    ctx.fillStyle = c.text;
    ctx.font = 'italic 13px ' + c.font;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'bottom';
    ctx.fillText(xLabel, box.left + box.w - 4, box.top + box.h - 4);
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    ctx.fillText(yLabel, box.left + 6, box.top + 4);
  }

  function drawPath(ctx, points, c) {
    ctx.lineWidth = 1.6;
    ctx.strokeStyle = c.path;
    ctx.beginPath();
    points.forEach(function (p, i) { if (i === 0) ctx.moveTo(p[0], p[1]); else ctx.lineTo(p[0], p[1]); });
    ctx.stroke();
    points.forEach(function (p, i) {
      ctx.beginPath();
      ctx.arc(p[0], p[1], i === 0 ? 5 : 3.2, 0, 2 * Math.PI);
      if (i === 0) {
        ctx.fillStyle = c.surface; ctx.fill(); ctx.lineWidth = 2; ctx.strokeStyle = c.path; ctx.stroke();
      } else {
        ctx.fillStyle = c.path; ctx.fill();
      }
    });
    var last = points[points.length - 1];
    ctx.beginPath();
    ctx.arc(last[0], last[1], 6.5, 0, 2 * Math.PI);
    ctx.fillStyle = c.hot; ctx.fill();
    ctx.lineWidth = 2; ctx.strokeStyle = c.surface; ctx.stroke();
  }

  function draw1d(ctx, W, H, inst) {
    var c = colours(inst.root);
    var run = inst.run;
    var fn = FUNCTIONS[run.fn];
    var view = viewWindow(fn, run.path);
    var samples = [];
    var yMax = -Infinity;
    var yMin = Infinity;
    for (var i = 0; i <= 300; i++) {
      var xw = view.x[0] + (view.x[1] - view.x[0]) * i / 300;
      var l = fn.loss([xw]);
      samples.push([xw, l]);
      yMax = Math.max(yMax, l); yMin = Math.min(yMin, l);
    }
    run.path.forEach(function (p) {
      if (isFinite(p.loss) && Math.abs(p.w[0]) <= 1000) yMax = Math.max(yMax, p.loss);
    });
    var y0 = Math.min(0, yMin);
    var y1 = yMax + (yMax - y0) * 0.06;
    var box = { left: 46, top: 10, w: W - 58, h: H - 38, x0: view.x[0], x1: view.x[1], y0: y0, y1: y1 };
    function xs(x) { return clampPixel(box.left + (x - box.x0) / (box.x1 - box.x0) * box.w); }
    function ys(y) { return clampPixel(box.top + box.h - (y - box.y0) / (box.y1 - box.y0) * box.h); }
    inst.toWorld = function (px) { return [box.x0 + (px - box.left) / box.w * (box.x1 - box.x0)]; };

    drawAxes(ctx, box, xs, ys, c, 'w', fn.dim === 1 ? 'L(w)' : '');
    ctx.save();
    ctx.beginPath(); ctx.rect(box.left, box.top, box.w, box.h); ctx.clip();

    // the curve, with the area under it lightly filled
    ctx.beginPath();
    samples.forEach(function (s, k) { if (k === 0) ctx.moveTo(xs(s[0]), ys(s[1])); else ctx.lineTo(xs(s[0]), ys(s[1])); });
    ctx.lineTo(xs(view.x[1]), ys(y0)); ctx.lineTo(xs(view.x[0]), ys(y0)); ctx.closePath();
    ctx.fillStyle = c.soft; ctx.fill();
    ctx.beginPath();
    samples.forEach(function (s, k) { if (k === 0) ctx.moveTo(xs(s[0]), ys(s[1])); else ctx.lineTo(xs(s[0]), ys(s[1])); });
    ctx.lineWidth = 2.2; ctx.strokeStyle = c.accent; ctx.stroke();

    // the minima, named when there is more than one
    fn.minima.forEach(function (m) {
      var px = xs(m.w[0]);
      var py = ys(m.loss);
      ctx.beginPath(); ctx.moveTo(px, py + 6); ctx.lineTo(px, ys(y0)); ctx.setLineDash([3, 4]);
      ctx.strokeStyle = c.muted; ctx.lineWidth = 1; ctx.stroke(); ctx.setLineDash([]);
      if (fn.minima.length > 1) {
        // named above the bottom of its valley, on a halo so the curve never hides the words
        var label = m.global ? inst.msg.globalMin : inst.msg.localMin;
        ctx.font = '12px ' + c.font; ctx.textAlign = 'center'; ctx.textBaseline = 'bottom';
        ctx.lineJoin = 'round'; ctx.lineWidth = 4; ctx.strokeStyle = c.surface;
        ctx.strokeText(label, px, py - 12);
        ctx.fillStyle = c.muted;
        ctx.fillText(label, px, py - 12);
      }
    });

    // the tangent at the current point: its slope is the gradient
    var cur = run.path[run.path.length - 1];
    if (allFinite(cur.w) && isFinite(cur.loss) && Math.abs(cur.w[0]) <= 1000) {
      var half = (box.x1 - box.x0) * 0.1;
      ctx.beginPath();
      ctx.moveTo(xs(cur.w[0] - half), ys(cur.loss - cur.grad[0] * half));
      ctx.lineTo(xs(cur.w[0] + half), ys(cur.loss + cur.grad[0] * half));
      ctx.strokeStyle = c.hot; ctx.lineWidth = 2; ctx.setLineDash([6, 4]); ctx.stroke(); ctx.setLineDash([]);
    }

    var points = run.path.filter(function (p) { return allFinite(p.w) && isFinite(p.loss); })
      .map(function (p) { return [xs(p.w[0]), ys(p.loss)]; });
    if (points.length) drawPath(ctx, points, c);
    ctx.restore();
  }

  function draw2d(ctx, W, H, inst) {
    var c = colours(inst.root);
    var run = inst.run;
    var fn = FUNCTIONS[run.fn];
    var view = viewWindow(fn, run.path);
    var box = { left: 40, top: 10, w: W - 52, h: H - 38, x0: view.x[0], x1: view.x[1], y0: view.y[0], y1: view.y[1] };
    function xs(x) { return clampPixel(box.left + (x - box.x0) / (box.x1 - box.x0) * box.w); }
    function ys(y) { return clampPixel(box.top + box.h - (y - box.y0) / (box.y1 - box.y0) * box.h); }
    inst.toWorld = function (px, py) {
      return [box.x0 + (px - box.left) / box.w * (box.x1 - box.x0), box.y0 + (box.top + box.h - py) / box.h * (box.y1 - box.y0)];
    };
    var sx = box.w / (box.x1 - box.x0);
    var sy = box.h / (box.y1 - box.y0);

    ctx.save();
    ctx.beginPath(); ctx.rect(box.left, box.top, box.w, box.h); ctx.clip();
    // contour lines L = level are ellipses with semi-axes sqrt(level) and sqrt(level / 10)
    var corner = Math.max.apply(null, [[box.x0, box.y0], [box.x0, box.y1], [box.x1, box.y0], [box.x1, box.y1]].map(bowlLoss));
    var levels = [];
    for (var level = 0.25; level < corner * 1.01 && levels.length < 40; level *= 2) levels.push(level);
    ctx.fillStyle = c.accent;
    levels.slice().reverse().forEach(function (lv) {
      ctx.beginPath();
      ctx.ellipse(xs(0), ys(0), Math.sqrt(lv) * sx, Math.sqrt(lv / 10) * sy, 0, 0, 2 * Math.PI);
      ctx.globalAlpha = 0.06; ctx.fill(); ctx.globalAlpha = 1;
      ctx.strokeStyle = c.accent; ctx.lineWidth = 1; ctx.globalAlpha = 0.45; ctx.stroke(); ctx.globalAlpha = 1;
    });
    // the minimum
    ctx.strokeStyle = c.text; ctx.lineWidth = 2;
    ctx.beginPath(); ctx.moveTo(xs(0) - 5, ys(0) - 5); ctx.lineTo(xs(0) + 5, ys(0) + 5);
    ctx.moveTo(xs(0) - 5, ys(0) + 5); ctx.lineTo(xs(0) + 5, ys(0) - 5); ctx.stroke();
    ctx.restore();

    drawAxes(ctx, box, xs, ys, c, 'w₁', 'w₂');

    ctx.save();
    ctx.beginPath(); ctx.rect(box.left, box.top, box.w, box.h); ctx.clip();
    var points = run.path.filter(function (p) { return allFinite(p.w); }).map(function (p) { return [xs(p.w[0]), ys(p.w[1])]; });
    if (points.length) drawPath(ctx, points, c);
    // the direction of steepest descent, -gradient, at the current point (perpendicular to the contour)
    var cur = run.path[run.path.length - 1];
    var gx = -cur.grad[0] * sx;
    var gy = cur.grad[1] * sy;
    var len = Math.sqrt(gx * gx + gy * gy);
    if (allFinite(cur.w) && len > 1e-9 && norm(cur.grad) > GRAD_TOL) {
      var px = xs(cur.w[0]);
      var py = ys(cur.w[1]);
      var ex = px + gx / len * 34;
      var ey = py + gy / len * 34;
      ctx.strokeStyle = c.hot; ctx.fillStyle = c.hot; ctx.lineWidth = 2;
      ctx.beginPath(); ctx.moveTo(px, py); ctx.lineTo(ex, ey); ctx.stroke();
      var ang = Math.atan2(ey - py, ex - px);
      ctx.beginPath(); ctx.moveTo(ex, ey);
      ctx.lineTo(ex - 8 * Math.cos(ang - 0.45), ey - 8 * Math.sin(ang - 0.45));
      ctx.lineTo(ex - 8 * Math.cos(ang + 0.45), ey - 8 * Math.sin(ang + 0.45));
      ctx.closePath(); ctx.fill();
    }
    ctx.restore();
  }

  function draw(inst) {
    var canvas = inst.canvas;
    var width = canvas.parentElement.clientWidth;
    if (!width) return;
    var dim = FUNCTIONS[inst.run.fn].dim;
    var height = Math.round(Math.min(dim === 1 ? 360 : 420, Math.max(dim === 1 ? 230 : 200, width * (dim === 1 ? 0.5 : 0.5))));
    var ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.height = height + 'px';
    }
    var ctx = canvas.getContext('2d');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    if (dim === 1) draw1d(ctx, width, height, inst); else draw2d(ctx, width, height, inst);
  }

  // ---------- one widget on the page ----------

  var katexInto = Neurona.tex;
  var numberOr = Neurona.number;

  function init(root) {
    root.setAttribute('data-ready', '');
    var q = function (sel) { return root.querySelector(sel); };
    var inst = {
      root: root,
      canvas: q('[data-role="canvas"]'),
      msg: {
        globalMin: root.getAttribute('data-msg-global-min'),
        localMin: root.getAttribute('data-msg-local-min')
      }
    };
    var controls = {
      fn: q('[data-role="function"]'), slider: q('[data-role="lr-slider"]'), lr: q('[data-role="lr"]'),
      w0: q('[data-role="w0"]'), w1: q('[data-role="w1"]'), w2: q('[data-role="w2"]'),
      momentum: q('[data-role="momentum"]'), step1: q('[data-role="step1"]'), step10: q('[data-role="step10"]'),
      reset: q('[data-role="reset"]')
    };
    var out = function (name) { return q('[data-out="' + name + '"]'); };

    // the directive's starting values
    var fnName = FUNCTIONS[root.getAttribute('data-function')] ? root.getAttribute('data-function') : 'quad';
    controls.fn.value = fnName;
    setRate(clampRate(numberOr(root.getAttribute('data-lr'), FUNCTIONS[fnName].rate)));
    controls.momentum.checked = /^(true|yes|on|1|sí|si)$/i.test(root.getAttribute('data-momentum') || '');
    var startFromDirective = fnName === 'bowl'
      ? [numberOr(root.getAttribute('data-w1'), FUNCTIONS.bowl.start[0]), numberOr(root.getAttribute('data-w2'), FUNCTIONS.bowl.start[1])]
      : [numberOr(root.getAttribute('data-w0'), FUNCTIONS[fnName].start[0])];
    setStartInputs(fnName, startFromDirective);

    function setRate(rate) {
      controls.lr.value = String(rate);
      controls.slider.value = String(sliderFromRate(rate));
      controls.slider.setAttribute('aria-valuetext', String(rate));
    }

    function setStartInputs(name, start) {
      if (FUNCTIONS[name].dim === 1) {
        controls.w0.value = String(start[0]);
      } else {
        controls.w1.value = String(start[0]);
        controls.w2.value = String(start[1]);
      }
    }

    function readStart() {
      var fn = FUNCTIONS[controls.fn.value];
      if (fn.dim === 1) return [numberOr(controls.w0.value, fn.start[0])];
      return [numberOr(controls.w1.value, fn.start[0]), numberOr(controls.w2.value, fn.start[1])];
    }

    function restart() {
      var name = controls.fn.value;
      var dim = FUNCTIONS[name].dim;
      root.querySelectorAll('.gd-start').forEach(function (f) { f.hidden = Number(f.getAttribute('data-dim')) !== dim; });
      inst.canvas.setAttribute('aria-label', root.getAttribute(dim === 1 ? 'data-msg-plot1d' : 'data-msg-plot2d'));
      var formula = out('formula').querySelectorAll(':scope > span');
      FUNCTIONS[name].tex.forEach(function (part, i) { katexInto(formula[i], part); });
      inst.run = newRun(name, readStart(), clampRate(numberOr(controls.lr.value, 0.1)), controls.momentum.checked);
      render(false);
    }

    function render(announce) {
      var run = inst.run;
      var fn = FUNCTIONS[run.fn];
      var n = run.path.length - 1;
      var cur = run.path[n];
      out('step').textContent = String(n);
      out('w-label').textContent = fn.dim === 1 ? 'w' : '(w₁, w₂)';
      out('grad-label').textContent = fn.dim === 1 ? 'L′(w)' : '∇L';
      out('w').textContent = fmtVec(cur.w);
      out('loss').textContent = fmt(cur.loss);
      out('grad').textContent = fmtVec(cur.grad);
      katexInto(out('update'), updateTex(run));
      var kind = assess(run);
      var status = out('status');
      status.setAttribute('data-kind', kind);
      status.textContent = root.getAttribute('data-msg-' + kind);
      controls.step1.setAttribute('aria-disabled', String(run.stopped));
      controls.step10.setAttribute('aria-disabled', String(run.stopped));
      if (announce) {
        out('live').textContent = root.getAttribute('data-msg-live').replace('%1', String(n)).replace('%2', fmtVec(cur.w))
          .replace('%3', fmt(cur.loss)).replace('%4', fmtVec(cur.grad)) + ' ' + status.textContent;
      }
      draw(inst);
    }

    function steps(count) {
      for (var i = 0; i < count; i++) {
        if (!descend(inst.run)) break;
      }
      render(true);
    }

    controls.fn.addEventListener('change', function () {
      var fn = FUNCTIONS[controls.fn.value];
      setStartInputs(controls.fn.value, fn.start);
      setRate(fn.rate);
      restart();
    });
    controls.slider.addEventListener('input', function () {
      var rate = rateFromSlider(Number(controls.slider.value));
      controls.lr.value = String(rate);
      controls.slider.setAttribute('aria-valuetext', String(rate));
      restart();
    });
    controls.lr.addEventListener('input', function () {
      var rate = clampRate(numberOr(controls.lr.value, NaN));
      if (!isFinite(numberOr(controls.lr.value, NaN))) return;
      controls.slider.value = String(sliderFromRate(rate));
      controls.slider.setAttribute('aria-valuetext', String(rate));
      restart();
    });
    controls.lr.addEventListener('change', function () {
      controls.lr.value = String(clampRate(numberOr(controls.lr.value, inst.run.lr)));
      restart();
    });
    [controls.w0, controls.w1, controls.w2].forEach(function (input) {
      input.addEventListener('input', function () { if (isFinite(numberOr(input.value, NaN))) restart(); });
      input.addEventListener('change', restart);
    });
    controls.momentum.addEventListener('change', restart);
    controls.step1.addEventListener('click', function () { steps(1); });
    controls.step10.addEventListener('click', function () { steps(10); });
    controls.reset.addEventListener('click', restart);

    // a click on the plot picks a new starting point
    inst.canvas.addEventListener('click', function (event) {
      if (!inst.toWorld) return;
      var rect = inst.canvas.getBoundingClientRect();
      var w = inst.toWorld(event.clientX - rect.left, event.clientY - rect.top).map(function (x) { return tidy(x, 2); });
      setStartInputs(inst.run.fn, w);
      restart();
    });

    var lastWidth = 0;
    if (window.ResizeObserver) {
      new ResizeObserver(function () {
        var width = inst.canvas.parentElement.clientWidth;
        if (width !== lastWidth) { lastWidth = width; draw(inst); }
      }).observe(inst.canvas.parentElement);
    }
    new MutationObserver(function () { draw(inst); })
      .observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    if (window.matchMedia) {
      var media = window.matchMedia('(prefers-color-scheme: dark)');
      if (media.addEventListener) media.addEventListener('change', function () { draw(inst); });
    }

    restart();
  }

  function initAll(scope) {
    var root = scope && scope.querySelectorAll ? scope : document;
    if (root.matches && root.matches('[data-widget="gradient-descent"]:not([data-ready])')) init(root);
    root.querySelectorAll('[data-widget="gradient-descent"]:not([data-ready])').forEach(init);
  }

  window.NeuronaGradientDescent = {
    initAll: initAll,
    // exposed for checking the math by hand in the console
    math: { functions: FUNCTIONS, newRun: newRun, descend: descend, assess: assess }
  };

  initAll(document);
  if (window.htmx) htmx.onLoad(initAll);
})();
