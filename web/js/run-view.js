// The live run view: uPlot charts of loss and metric (accuracy or mae) and the Keras-style epoch
// table, fed by the run's SSE events. With K-fold, one validation curve per fold. Its words come
// from the run panel's data-msg-* attributes (message bundles); the series keep Keras's names
// (loss, val_accuracy…), which the course teaches as they are.
(function () {
  'use strict';

  var cssVar = Neurona.cssVar;
  var charts = Neurona.charts;
  var views = new WeakMap();
  var FOLD_COLORS = ['--series-train', '--series-val', '--ok', '--danger', '--warn', '--accent-strong'];

  function fmt(value) {
    return value === null || value === undefined ? '—' : Number(value).toFixed(4);
  }

  /** The figure's axes: x and y labels from its data-x-label and data-y-label (message bundles). */
  function axes(figure, decimals) {
    return charts.axes(figure.getAttribute('data-x-label'), figure.getAttribute('data-y-label'), { yDecimals: decimals });
  }

  function RunView(root) {
    this.root = root;
    this.epochs = Number(root.getAttribute('data-epochs')) || 0;
    this.metric = root.getAttribute('data-metric') || 'accuracy';
    this.folds = Number(root.getAttribute('data-folds')) || 0;
    var host = root.querySelector('.decision-map-host');
    // plane runs (playground, XOR) stream a decision map, and their dashed loss curve is the test loss
    this.map = host && Neurona.decisionMap ? Neurona.decisionMap(host, { labels: {
      title: host.getAttribute('data-title'), class0: host.getAttribute('data-class0'), class1: host.getAttribute('data-class1'),
      train: host.getAttribute('data-train'), test: host.getAttribute('data-test') } }) : null;
    this.data = { x: [], loss: [], valLoss: [], metric: [], valMetric: [] };
    this.foldData = { x: [], loss: [], metric: [] };
    this.progress = root.querySelector('.epoch-progress progress');
    this.progressText = root.querySelector('.epoch-progress .progress-text');
    this.tbody = root.querySelector('.fit-table tbody');
    this.pending = false;
    this.charts = [];
    var self = this;
    if (this.folds) {
      for (var f = 0; f < this.folds; f++) { this.foldData.loss.push([]); this.foldData.metric.push([]); }
    }
    root.querySelectorAll('.chart').forEach(function (figure) {
      self.charts.push(self.folds ? self.createFoldChart(figure) : self.createChart(figure));
    });
  }

  /** The panel's message {@code key} with its %placeholders filled in. */
  RunView.prototype.msg = function (key, params) {
    return Neurona.message(this.root, key, params);
  };

  RunView.prototype.yRange = function (kind) {
    if (kind === 'metric' && this.metric === 'accuracy') {
      return function (u, min, max) { return [Math.max(0, Math.min(min, 0.8) - 0.02), 1]; };
    }
    return function (u, min, max) { return [0, Math.max(max || 0.5, 0.05) * 1.08]; };
  };

  RunView.prototype.createChart = function (figure) {
    var kind = figure.getAttribute('data-chart');
    var plot = figure.querySelector('.plot');
    var train = kind === 'loss' ? 'loss' : this.metric;
    var self = this;
    var chart = charts.create(plot, 240, {
      scales: {
        x: { time: false, range: function (u, min, max) { return [0, Math.max(self.epochs || 1, max || 1)]; } },
        y: { range: this.yRange(kind) }
      },
      axes: axes(figure, 2),
      series: [
        { label: figure.getAttribute('data-x-label'), value: charts.value(2) },
        { label: train, stroke: function () { return cssVar('--series-train'); }, width: 2, spanGaps: true, points: { show: false },
          value: charts.value(4) },
        { label: this.map && kind === 'loss' ? this.root.getAttribute('data-test-loss') : 'val_' + train,
          stroke: function () { return cssVar('--series-val'); }, width: 2, spanGaps: true, dash: [6, 4],
          points: { show: true, size: 7, fill: function () { return cssVar('--series-val'); } }, value: charts.value(4) }
      ]
    }, [[], [], []]);
    chart.kind = kind;
    return chart;
  };

  /** K-fold: x is the epoch, one val series per fold (each fold trains a new network). */
  RunView.prototype.createFoldChart = function (figure) {
    var kind = figure.getAttribute('data-chart');
    var plot = figure.querySelector('.plot');
    var name = kind === 'loss' ? 'val_loss' : 'val_' + this.metric;
    var self = this;
    var series = [{ label: figure.getAttribute('data-x-label'), value: function (u, v) { return v === null || v === undefined ? '—' : String(v); } }];
    for (var f = 0; f < this.folds; f++) {
      (function (color) {
        series.push({ label: name + ' · ' + self.msg('fold', { fold: f + 1 }), stroke: function () { return cssVar(color); }, width: 2, spanGaps: true,
          points: { show: false }, value: charts.value(4) });
      })(FOLD_COLORS[f % FOLD_COLORS.length]);
    }
    var empty = [[]];
    for (var i = 0; i < this.folds; i++) empty.push([]);
    var chart = charts.create(plot, 240, {
      scales: {
        x: { time: false, range: function () { return [1, Math.max(self.epochs || 2, 2)]; } },
        y: { range: charts.fromZero }
      },
      axes: axes(figure, kind === 'loss' ? 1 : 2),
      series: series
    }, empty);
    chart.kind = kind;
    return chart;
  };

  RunView.prototype.redraw = function () {
    var self = this;
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(function () {
      self.pending = false;
      if (self.folds) {
        var fd = self.foldData;
        self.root.setAttribute('data-points', String(fd.loss.reduce(function (n, s) { return n + s.filter(function (v) { return v !== null; }).length; }, 0)));
        self.charts.forEach(function (chart) {
          chart.setData([fd.x].concat(chart.kind === 'loss' ? fd.loss : fd.metric));
        });
        return;
      }
      var d = self.data;
      self.root.setAttribute('data-points', String(d.x.length));
      self.charts.forEach(function (chart) {
        chart.setData(chart.kind === 'loss' ? [d.x, d.loss, d.valLoss] : [d.x, d.metric, d.valMetric]);
      });
    });
  };

  /** Overall progress: with K-fold the work is (folds + 1) trainings of `epochs` epochs. */
  RunView.prototype.setProgress = function (e) {
    var within = (e.epoch - 1 + e.step / e.steps) / Math.max(this.epochs || e.epoch, 1);
    var value = within;
    if (this.folds) {
      var index = e.fold > 0 ? e.fold - 1 : this.folds;
      value = (index + within) / (this.folds + 1);
    } else {
      value = e.step / e.steps;
    }
    this.progress.value = value;
    this.progress.setAttribute('aria-valuenow', String(Math.round(100 * value)));
  };

  RunView.prototype.batch = function (e) {
    this.setProgress(e);
    var phase = this.folds ? (e.fold > 0 ? this.msg('fold', { fold: e.fold + '/' + this.folds }) : this.root.getAttribute('data-final-label')) + ' · ' : '';
    this.progressText.textContent = phase + this.msg('epoch', { epoch: e.epoch + (this.epochs ? '/' + this.epochs : '') }) + ' · ' + e.step + '/' + e.steps +
      ' · loss: ' + fmt(e.loss) + ' · ' + this.metric + ': ' + fmt(e[this.metric]);
    if (this.folds) return;
    var d = this.data;
    d.x.push(e.x); d.loss.push(e.loss); d.valLoss.push(null); d.metric.push(e[this.metric]); d.valMetric.push(null);
    this.redraw();
  };

  RunView.prototype.epoch = function (e) {
    this.epochs = e.epochs;
    var val = e['val_' + this.metric];
    if (this.folds) {
      var fd = this.foldData;
      while (fd.x.length < e.epochs) {
        fd.x.push(fd.x.length + 1);
        fd.loss.forEach(function (s) { s.push(null); });
        fd.metric.forEach(function (s) { s.push(null); });
      }
      if (e.fold > 0 && e.fold <= this.folds) {
        fd.loss[e.fold - 1][e.epoch - 1] = e.val_loss;
        fd.metric[e.fold - 1][e.epoch - 1] = val === undefined ? null : val;
      }
    } else if (e.val_loss !== null || (val !== null && val !== undefined)) {
      var d = this.data;
      d.x.push(e.epoch); d.loss.push(null); d.valLoss.push(e.val_loss); d.metric.push(null); d.valMetric.push(val === undefined ? null : val);
    }
    var cells = [e.epoch + '/' + e.epochs, e.steps + '/' + e.steps, e.seconds.toFixed(1) + ' s', fmt(e.loss), fmt(e[this.metric]), fmt(e.val_loss), fmt(val)];
    if (this.folds) cells.unshift(e.fold > 0 ? String(e.fold) : '—');
    var row = document.createElement('tr');
    cells.forEach(function (text) {
      var cell = document.createElement('td');
      cell.textContent = text;
      row.appendChild(cell);
    });
    this.tbody.appendChild(row);
    this.redraw();
  };

  RunView.prototype.points = function (e) {
    if (this.map) this.map.update({ train: e.train, test: e.test });
  };

  RunView.prototype.grid = function (e) {
    if (!this.map) return;
    this.map.update({ grid: { resolution: e.resolution, range: e.range, probabilities: e.probabilities } });
    this.root.setAttribute('data-grids', String(Number(this.root.getAttribute('data-grids') || 0) + 1));
    if (e.test_loss !== null && e.test_loss !== undefined) {
      var d = this.data;
      d.x.push(e.epoch); d.loss.push(null); d.valLoss.push(e.test_loss); d.metric.push(null); d.valMetric.push(null);
      this.redraw();
    }
  };

  /** A rescued run trains again from its start on another node: its curves and epochs start afresh. */
  RunView.prototype.restart = function () {
    this.data = { x: [], loss: [], valLoss: [], metric: [], valMetric: [] };
    this.foldData = { x: [], loss: [], metric: [] };
    for (var f = 0; f < this.folds; f++) { this.foldData.loss.push([]); this.foldData.metric.push([]); }
    this.tbody.textContent = '';
    this.progress.value = 0;
    this.progressText.innerHTML = '&nbsp;';
    this.redraw();
  };

  /** The end of the stream: a finished run fills its bar; a stopped or failed one keeps how far it got. */
  RunView.prototype.done = function (e) {
    if (!e || e.state === 'finished') this.progress.value = this.progress.max;
    this.root.setAttribute('data-done', '');
    document.body.dispatchEvent(new CustomEvent('neurona:run-ended', { bubbles: true }));
  };

  Neurona.runView = function (root) {
    var view = views.get(root);
    if (!view) {
      view = new RunView(root);
      views.set(root, view);
    }
    return view;
  };

  document.addEventListener('htmx:sseBeforeMessage', function (event) {
    var type = event.detail.type;
    if (['batch', 'epoch', 'done', 'grid', 'points', 'restart'].indexOf(type) < 0) return;
    event.preventDefault();
    var run = event.target.closest('.run');
    if (!run) return;
    var view = Neurona.runView(run);
    if (type === 'done') {
      view.done(JSON.parse(event.detail.data));
    } else {
      view[type](JSON.parse(event.detail.data));
    }
  });
})();
