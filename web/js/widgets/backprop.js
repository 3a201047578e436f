// Backprop widget (lesson 1.11): the computation graph J = 3(a + b·c), with u = b·c and v = a + u.
// "Paso adelante" reveals the forward values node by node, then the backward pass: each derivative of
// J written out as a chain-rule product and highlighted on the graph. Every instance is independent.
(function () {
  'use strict';

  if (window.NeuronaBackprop) {
    window.NeuronaBackprop.initAll(document);
    return;
  }

  var LAST_STEP = 8;

  // ---------- the math ----------

  /** The forward values and the derivatives of J with respect to every node. */
  function evaluate(a, b, c) {
    var u = b * c;
    var v = a + u;
    var J = 3 * v;
    var dJ = 1;
    var dv = 3 * dJ;    // J = 3v
    var du = dv * 1;    // v = a + u: dv/du = 1
    var da = dv * 1;    // dv/da = 1
    var db = du * c;    // u = b·c: du/db = c
    var dc = du * b;    // du/dc = b
    return { a: a, b: b, c: c, u: u, v: v, J: J, dJ: dJ, dv: dv, du: du, da: da, db: db, dc: dc };
  }

  /**
   * What each step shows: the node it computes, the edges it travels (forward edges carry values,
   * backward ones carry derivatives) and the derivatives it adds.
   */
  var STEPS = [
    null,
    { phase: 'fwd', node: 'u', edges: ['b-u', 'c-u'] },
    { phase: 'fwd', node: 'v', edges: ['a-v', 'u-v'] },
    { phase: 'fwd', node: 'J', edges: ['v-J'] },
    { phase: 'bwd', node: 'v', edges: ['v-J'], grads: ['J', 'v'] },
    { phase: 'bwd', node: 'u', edges: ['u-v'], grads: ['u'] },
    { phase: 'bwd', node: 'a', edges: ['a-v'], grads: ['a'] },
    { phase: 'bwd', node: 'b', edges: ['b-u'], grads: ['b'] },
    { phase: 'bwd', node: 'c', edges: ['c-u'], grads: ['c'] }
  ];

  /** The step at which each node's value, and each node's derivative, becomes known. */
  var VALUE_AT = { a: 0, b: 0, c: 0, u: 1, v: 2, J: 3 };
  var GRAD_AT = { J: 4, v: 4, u: 5, a: 6, b: 7, c: 8 };

  // ---------- numbers as the course shows them ----------

  function fmt(x) {
    if (!isFinite(x)) return '?';
    if (x === 0) return '0';
    var a = Math.abs(x);
    var text = a >= 1e6 || a < 1e-4 ? x.toExponential(3).replace(/\.?0+e/, 'e').replace('e+', 'e') : String(Number(x.toPrecision(6)));
    return text.replace('-', '−');
  }

  function tex(x, parens) {
    var t = fmt(x).replace('−', '-');
    return parens && x < 0 ? '(' + t + ')' : t;
  }

  var D = function (top, bottom) { return '\\frac{\\partial ' + top + '}{\\partial ' + bottom + '}'; };

  /** The formula of step k: complete once the step is reached, with "?" before. */
  function stepTex(k, r, shown) {
    return '\\displaystyle ' + stepBody(k, r, shown);
  }

  function stepBody(k, r, shown) {
    var q = '\\;?';
    switch (k) {
      case 1: return 'u = b\\cdot c = ' + (shown ? tex(r.b, true) + '\\cdot ' + tex(r.c, true) + ' = ' + tex(r.u) : q);
      case 2: return 'v = a + u = ' + (shown ? tex(r.a) + ' + ' + tex(r.u, true) + ' = ' + tex(r.v) : q);
      case 3: return 'J = 3v = ' + (shown ? '3\\cdot ' + tex(r.v, true) + ' = ' + tex(r.J) : q);
      case 4: return D('J', 'v') + ' = ' + (shown ? '3' : q);
      case 5: return D('J', 'u') + ' = ' + (shown ? D('J', 'v') + '\\cdot' + D('v', 'u') + ' = 3\\cdot 1 = ' + tex(r.du) : q);
      case 6: return D('J', 'a') + ' = ' + (shown ? D('J', 'v') + '\\cdot' + D('v', 'a') + ' = 3\\cdot 1 = ' + tex(r.da) : q);
      case 7: return D('J', 'b') + ' = ' + (shown ? D('J', 'u') + '\\cdot' + D('u', 'b') + ' = 3\\cdot c = 3\\cdot ' + tex(r.c, true) + ' = ' + tex(r.db) : q);
      case 8: return D('J', 'c') + ' = ' + (shown ? D('J', 'u') + '\\cdot' + D('u', 'c') + ' = 3\\cdot b = 3\\cdot ' + tex(r.b, true) + ' = ' + tex(r.dc) : q);
      default: return '';
    }
  }

  /** The same formula as plain text, for screen readers. */
  function stepText(k, r) {
    function p(x) { return x < 0 ? '(' + fmt(x) + ')' : fmt(x); }
    switch (k) {
      case 1: return 'u = b·c = ' + p(r.b) + ' · ' + p(r.c) + ' = ' + fmt(r.u);
      case 2: return 'v = a + u = ' + fmt(r.a) + ' + ' + p(r.u) + ' = ' + fmt(r.v);
      case 3: return 'J = 3v = 3 · ' + p(r.v) + ' = ' + fmt(r.J);
      case 4: return '∂J/∂v = 3';
      case 5: return '∂J/∂u = ∂J/∂v · ∂v/∂u = 3 · 1 = ' + fmt(r.du);
      case 6: return '∂J/∂a = ∂J/∂v · ∂v/∂a = 3 · 1 = ' + fmt(r.da);
      case 7: return '∂J/∂b = ∂J/∂u · ∂u/∂b = 3 · c = 3 · ' + p(r.c) + ' = ' + fmt(r.db);
      case 8: return '∂J/∂c = ∂J/∂u · ∂u/∂c = 3 · b = 3 · ' + p(r.b) + ' = ' + fmt(r.dc);
      default: return '';
    }
  }

  function gradOf(node, r) {
    return { J: r.dJ, v: r.dv, u: r.du, a: r.da, b: r.db, c: r.dc }[node];
  }

  // ---------- one widget on the page ----------

  var katexInto = Neurona.tex;
  var numberOr = Neurona.number;

  function init(root) {
    root.setAttribute('data-ready', '');
    var q = function (sel) { return root.querySelector(sel); };
    var inputs = { a: q('[data-role="a"]'), b: q('[data-role="b"]'), c: q('[data-role="c"]') };
    var buttons = { prev: q('[data-role="prev"]'), next: q('[data-role="next"]'), reset: q('[data-role="reset"]') };
    var widgetId = root.id;
    var state = {
      step: 0,
      a: numberOr(root.getAttribute('data-a'), 5),
      b: numberOr(root.getAttribute('data-b'), 3),
      c: numberOr(root.getAttribute('data-c'), 2)
    };
    ['a', 'b', 'c'].forEach(function (name) { inputs[name].value = String(state[name]); });

    function render() {
      var r = evaluate(state.a, state.b, state.c);
      var step = state.step;
      var current = STEPS[step];

      Object.keys(VALUE_AT).forEach(function (name) {
        var node = q('[data-node="' + name + '"]');
        var known = step >= VALUE_AT[name];
        var hasGrad = step >= GRAD_AT[name];
        node.classList.toggle('is-known', known);
        node.classList.toggle('has-grad', hasGrad);
        node.classList.toggle('is-active-fwd', !!current && current.phase === 'fwd' && current.node === name);
        node.classList.toggle('is-active-bwd', !!current && current.phase === 'bwd' &&
          (current.node === name || (current.grads || []).indexOf(name) >= 0));
        q('[data-value="' + name + '"]').textContent = known ? fmt(r[name]) : '?';
        q('[data-grad="' + name + '"]').textContent = hasGrad ? '∂J/∂' + name + ' = ' + fmt(gradOf(name, r)) : '';
      });
      root.querySelectorAll('[data-edge]').forEach(function (edge) {
        var active = !!current && current.edges.indexOf(edge.getAttribute('data-edge')) >= 0;
        var phase = active ? current.phase : '';
        edge.classList.toggle('is-fwd', phase === 'fwd');
        edge.classList.toggle('is-bwd', phase === 'bwd');
        // values travel along the arrow; derivatives travel back against it
        var head = 'url(#' + widgetId + '-arrow' + (phase ? '-' + phase : '') + ')';
        if (phase === 'bwd') {
          edge.setAttribute('marker-start', head);
          edge.removeAttribute('marker-end');
        } else {
          edge.setAttribute('marker-end', head);
          edge.removeAttribute('marker-start');
        }
      });
      root.querySelectorAll('[data-step]').forEach(function (item) {
        var k = Number(item.getAttribute('data-step'));
        item.classList.toggle('is-done', k <= step);
        item.classList.toggle('is-current', k === step);
        if (k === step) item.setAttribute('aria-current', 'step'); else item.removeAttribute('aria-current');
        katexInto(item.querySelector('.bp-math'), stepTex(k, r, k <= step));
      });

      q('[data-out="counter"]').textContent = root.getAttribute('data-step-of')
        .replace('%1', String(step)).replace('%2', String(LAST_STEP)) + '.';
      q('[data-out="explain"]').textContent = root.getAttribute('data-explain-' + step);
      q('[data-out="spoken"]').textContent = step > 0 ? ' ' + stepText(step, r) + '.' : '';
      buttons.prev.setAttribute('aria-disabled', String(step === 0));
      buttons.next.setAttribute('aria-disabled', String(step === LAST_STEP));
    }

    function go(step) {
      state.step = Math.max(0, Math.min(LAST_STEP, step));
      render();
    }

    buttons.next.addEventListener('click', function () { go(state.step + 1); });
    buttons.prev.addEventListener('click', function () { go(state.step - 1); });
    buttons.reset.addEventListener('click', function () { go(0); });
    ['a', 'b', 'c'].forEach(function (name) {
      inputs[name].addEventListener('input', function () {
        var x = numberOr(inputs[name].value, NaN);
        inputs[name].setAttribute('aria-invalid', String(!isFinite(x)));
        if (!isFinite(x)) return;
        state[name] = x;
        render();
      });
      inputs[name].addEventListener('change', function () {
        inputs[name].value = String(state[name]);
        inputs[name].removeAttribute('aria-invalid');
      });
    });

    render();
  }

  function initAll(scope) {
    var root = scope && scope.querySelectorAll ? scope : document;
    if (root.matches && root.matches('[data-widget="backprop"]:not([data-ready])')) init(root);
    root.querySelectorAll('[data-widget="backprop"]:not([data-ready])').forEach(init);
  }

  window.NeuronaBackprop = { initAll: initAll, math: { evaluate: evaluate } };

  initAll(document);
  if (window.htmx) htmx.onLoad(initAll);
})();
