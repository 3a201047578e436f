// uPlot charts as every chart of the course draws them: labelled axes in the page's muted ink over a
// light grid, a live legend, no drag-zoom, a width that follows the page and colours that follow the
// theme. run-view.js (live curves), run-result.js (K-fold average, comparisons) and the scratch
// widget's error curve use it. Load after neurona.js and uPlot.
(function () {
  'use strict';

  var cssVar = Neurona.cssVar;

  /** A series' legend value: fixed decimals, or a dash where there is no point. */
  function value(decimals) {
    return function (u, v) { return v === null || v === undefined ? '—' : v.toFixed(decimals); };
  }

  /**
   * The x and y axes, labelled. options: yDecimals (2), ySize (56), xValues (tick texts; default the
   * numbers as they are) and xIncrs (tick steps; default whole epochs 1, 2, 5… 100; null for uPlot's own).
   */
  function axes(xLabel, yLabel, options) {
    var o = options || {};
    var ink = function () { return cssVar('--text-muted'); };
    var grid = function () { return cssVar('--grid'); };
    var decimals = o.yDecimals === undefined ? 2 : o.yDecimals;
    var x = { label: xLabel, stroke: ink, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid },
      values: o.xValues || function (u, vals) { return vals.map(function (v) { return String(v); }); } };
    if (o.xIncrs !== null) x.incrs = o.xIncrs || [1, 2, 5, 10, 20, 50, 100];
    var y = { label: yLabel, stroke: ink, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid }, size: o.ySize || 56,
      values: function (u, vals) { return vals.map(function (v) { return v.toFixed(decimals); }); } };
    return [x, y];
  }

  /** A y scale from 0 to a little above the highest point (at least 0.05; 0.5 before any point). */
  function fromZero(u, min, max) {
    return [0, Math.max(max || 0.5, 0.05) * 1.08];
  }

  /**
   * A chart in host, as wide as host (240 px at least) and height tall, kept so on resize and
   * redrawn on a theme change. options: uPlot's (scales, axes, series…); legend and cursor have the
   * course's defaults unless given.
   */
  function create(host, height, options, data) {
    var opts = Object.assign({
      width: Math.max(host.clientWidth, 240),
      height: height,
      legend: { show: true, live: true },
      cursor: { drag: { x: false, y: false } }
    }, options);
    var chart = new uPlot(opts, data, host);
    if (window.ResizeObserver) {
      new ResizeObserver(function () {
        var width = host.clientWidth;
        if (width > 0 && Math.abs(width - chart.width) > 2) chart.setSize({ width: width, height: height });
      }).observe(host);
    }
    // theme.js expresses every theme change (toggle or system) as this attribute
    new MutationObserver(function () { chart.redraw(); })
      .observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return chart;
  }

  Neurona.charts = { axes: axes, value: value, fromZero: fromZero, create: create };
})();
