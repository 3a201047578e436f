// Architecture widget (lesson 1.7): inputs, hidden layers and outputs of a dense network,
// drawn as columns of nodes, with the parameters of every layer (m × n weights + n biases).
(function () {
  'use strict';

  var MAX_DRAWN = 10;     // a layer with more units is drawn as 4 nodes, "⋮", 4 nodes
  var HEIGHT = 300;       // the diagram keeps its height whatever the network

  /** 407050 → "407,050", as Keras's model.summary() prints it. */
  function thousands(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }

  /** Parameters of one dense layer with m inputs and n units: m × n weights plus n biases. */
  function denseParameters(m, n) {
    return m * n + n;
  }

  /** One row per dense layer (hidden ones, then the output): sizes and parameter counts. */
  function parameterTable(sizes) {
    var rows = [];
    for (var i = 1; i < sizes.length; i++) {
      rows.push({ inputs: sizes[i - 1], units: sizes[i], weights: sizes[i - 1] * sizes[i], parameters: denseParameters(sizes[i - 1], sizes[i]) });
    }
    return rows;
  }

  /** Which node slots to draw for a layer: indices of nodes, with null where the "⋮" goes. */
  function drawnSlots(count) {
    if (count <= MAX_DRAWN) {
      return Array.from({ length: count }, function (_, i) { return i; });
    }
    return [0, 1, 2, 3, null, count - 4, count - 3, count - 2, count - 1];
  }

  function parseCount(input, max) {
    var text = input.value.trim();
    var value = Number(text);
    var valid = /^\d+$/.test(text) && value >= 1 && value <= max;
    input.setAttribute('aria-invalid', valid ? 'false' : 'true');
    return valid ? value : null;
  }

  var svg = Neurona.svg;

  function Architecture(root) {
    this.root = root;
    this.maxUnits = Number(root.getAttribute('data-max-units')) || 100000;
    this.maxLayers = Number(root.getAttribute('data-max-layers')) || 6;
    this.inputs = root.querySelector('.arch-inputs');
    this.outputs = root.querySelector('.arch-outputs');
    this.list = root.querySelector('.arch-layers');
    this.template = root.querySelector('.arch-layer-template');
    this.add = root.querySelector('.arch-add');
    this.svg = root.querySelector('.arch-svg');
    this.figure = root.querySelector('.arch-diagram');
    this.tbody = root.querySelector('.arch-table tbody');
    this.total = root.querySelector('.arch-total');
    this.sum = root.querySelector('.arch-sum');
    this.nextId = 0;
    this.sizes = null;

    var self = this;
    (root.getAttribute('data-hidden') || '').split(',').forEach(function (units) {
      if (units.trim()) self.addLayer(units.trim(), false);
    });
    this.add.addEventListener('click', function () { self.addLayer('64', true); });
    root.addEventListener('input', function (event) {
      if (event.target.matches('input[type="number"]')) self.update();
    });
    if (window.ResizeObserver) {
      var lastWidth = 0;
      new ResizeObserver(function () {
        var width = self.figure.clientWidth;
        if (width !== lastWidth) {
          lastWidth = width;
          self.draw();
        }
      }).observe(this.figure);
    }
    this.update();
  }

  Architecture.prototype.msg = function (key, params) {
    var text = this.root.getAttribute('data-msg-' + key) || '';
    Object.keys(params || {}).forEach(function (k) { text = text.split('%' + k).join(params[k]); });
    return text;
  };

  Architecture.prototype.addLayer = function (units, focus) {
    if (this.list.children.length >= this.maxLayers) return;
    var item = this.template.content.firstElementChild.cloneNode(true);
    var input = item.querySelector('.arch-units');
    var id = this.root.id + '-units-' + (++this.nextId);
    input.id = id;
    input.value = units;
    item.querySelector('label').setAttribute('for', id);
    var self = this;
    item.querySelector('.arch-remove').addEventListener('click', function () { self.removeLayer(item); });
    this.list.appendChild(item);
    if (focus) {
      this.update();
      input.focus();
      input.select();
    }
  };

  Architecture.prototype.removeLayer = function (item) {
    item.remove();
    this.update();
    this.add.focus();
  };

  /** Numbers the hidden-layer rows again (after a removal) and enables or disables "add". */
  Architecture.prototype.relabel = function () {
    var self = this;
    var items = this.list.querySelectorAll('.arch-layer');
    items.forEach(function (item, i) {
      var n = String(i + 1);
      item.querySelector('label').textContent = self.msg('hidden-layer', { n: n });
      item.querySelector('.arch-units').setAttribute('aria-label', self.msg('units-of', { n: n }));
      var remove = item.querySelector('.arch-remove');
      remove.setAttribute('aria-label', self.msg('remove-layer', { n: n }));
      remove.setAttribute('title', self.msg('remove-layer', { n: n }));
    });
    this.root.querySelector('.arch-no-hidden').hidden = items.length > 0;
    this.add.disabled = items.length >= this.maxLayers;
  };

  /** The layer sizes [inputs, hidden..., outputs], or null while a field is not a valid count. */
  Architecture.prototype.readSizes = function () {
    var max = this.maxUnits;
    var sizes = [parseCount(this.inputs, max)];
    this.list.querySelectorAll('.arch-units').forEach(function (input) { sizes.push(parseCount(input, max)); });
    sizes.push(parseCount(this.outputs, max));
    return sizes.indexOf(null) >= 0 ? null : sizes;
  };

  Architecture.prototype.layerName = function (index, count) {
    if (index === 0) return this.msg('input-layer');
    if (index === count - 1) return this.msg('output-layer');
    return this.msg('hidden-layer', { n: String(index) });
  };

  Architecture.prototype.update = function () {
    this.relabel();
    var sizes = this.readSizes();
    if (!sizes) {
      this.sum.textContent = this.msg('invalid', { max: thousands(this.maxUnits) });
      this.sum.classList.add('is-invalid');
      return;
    }
    this.sum.classList.remove('is-invalid');
    this.sizes = sizes;
    var rows = parameterTable(sizes);
    var self = this;
    this.tbody.innerHTML = '';
    rows.forEach(function (row, i) {
      var tr = document.createElement('tr');
      [self.layerName(i + 1, sizes.length),
        thousands(row.inputs) + ' × ' + thousands(row.units) + ' = ' + thousands(row.weights),
        thousands(row.units),
        thousands(row.parameters)].forEach(function (text, column) {
        var cell = document.createElement(column === 0 ? 'th' : 'td');
        if (column === 0) cell.setAttribute('scope', 'row');
        else cell.className = 'num';
        cell.textContent = text;
        tr.appendChild(cell);
      });
      self.tbody.appendChild(tr);
    });
    var total = rows.reduce(function (acc, row) { return acc + row.parameters; }, 0);
    this.total.textContent = thousands(total);
    this.sum.textContent = this.msg('sum', {
      sum: rows.map(function (row) { return thousands(row.parameters); }).join(' + ') + ' = ' + thousands(total)
    });
    this.draw();
  };

  /** Columns of nodes (at most ten drawn per layer) joined by every connection between drawn nodes. */
  Architecture.prototype.draw = function () {
    var sizes = this.sizes;
    if (!sizes) return;
    var width = Math.max(this.figure.clientWidth, 240);
    var root = this.svg;
    root.setAttribute('viewBox', '0 0 ' + width + ' ' + HEIGHT);
    root.setAttribute('width', width);
    root.setAttribute('height', HEIGHT);
    while (root.firstChild) root.removeChild(root.firstChild);

    var columns = sizes.length;
    var pad = Math.min(56, width / (2 * columns) + 8);
    var spacing = (width - 2 * pad) / (columns - 1);
    var top = 46, bottom = HEIGHT - 44;
    var slotGap = (bottom - top) / (MAX_DRAWN - 1);
    var radius = Math.max(4, Math.min(9, spacing / 7));
    var shortLabels = spacing < 78;
    var self = this;

    var layers = sizes.map(function (count, i) {
      var slots = drawnSlots(count);
      var start = (top + bottom) / 2 - (slots.length - 1) * slotGap / 2;
      return {
        x: pad + i * spacing,
        count: count,
        slots: slots.map(function (node, k) { return { node: node, y: start + k * slotGap }; })
      };
    });

    var edges = svg('g', { class: 'arch-edges' }, root);
    for (var i = 1; i < layers.length; i++) {
      layers[i - 1].slots.forEach(function (from) {
        if (from.node === null) return;
        layers[i].slots.forEach(function (to) {
          if (to.node === null) return;
          svg('line', { x1: layers[i - 1].x, y1: from.y, x2: layers[i].x, y2: to.y }, edges);
        });
      });
    }

    layers.forEach(function (layer, i) {
      var kind = i === 0 ? 'input' : (i === layers.length - 1 ? 'output' : 'hidden');
      var g = svg('g', { class: 'arch-layer-' + kind }, root);
      var name = shortLabels ? (kind === 'input' ? 'x' : kind === 'output' ? 'y' : 'h' + i) : self.layerName(i, layers.length);
      svg('text', { class: 'arch-name', x: layer.x, y: 20, 'text-anchor': 'middle' }, g).textContent = name;
      layer.slots.forEach(function (slot) {
        if (slot.node === null) {
          svg('text', { class: 'arch-more', x: layer.x, y: slot.y + 6, 'text-anchor': 'middle' }, g).textContent = '⋮';
        } else {
          svg('circle', { class: 'arch-node', cx: layer.x, cy: slot.y, r: radius }, g);
        }
      });
      svg('text', { class: 'arch-count', x: layer.x, y: HEIGHT - 14, 'text-anchor': 'middle' }, g).textContent = thousands(layer.count);
    });

    root.setAttribute('aria-label', this.msg('diagram', {
      layers: sizes.map(function (count, i) { return self.layerName(i, sizes.length) + ' ' + thousands(count); }).join(', ')
    }));
  };

  function init(scope) {
    var base = scope && scope.querySelectorAll ? scope : document;
    var found = Array.prototype.slice.call(base.querySelectorAll('[data-widget="architecture"]:not([data-ready])'));
    if (base.matches && base.matches('[data-widget="architecture"]:not([data-ready])')) found.push(base);
    found.forEach(function (root) {
      root.setAttribute('data-ready', '');
      new Architecture(root);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { init(document); });
  } else {
    init(document);
  }
  if (window.htmx) htmx.onLoad(init);
})();
