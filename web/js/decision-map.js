// Decision map of a 2-D classifier (lessons 1.6 and 1.12): the plane painted by plane-map.js in a
// fixed square, with a legend, repainted on resize and theme change. Load after neurona.js and
// plane-map.js; then Neurona.decisionMap(container, {labels}) returns a map to update. The labels
// (title, class0, class1, train, test) come from the page's message bundle.
(function () {
  'use strict';

  function DecisionMap(container, options) {
    var labels = (options && options.labels) || {};
    container.classList.add('decision-map');
    this.box = document.createElement('div');
    this.box.className = 'decision-map-box';
    this.canvas = document.createElement('canvas');
    this.canvas.setAttribute('role', 'img');
    this.canvas.setAttribute('aria-label', labels.title || '');
    this.box.appendChild(this.canvas);
    container.appendChild(this.box);
    container.appendChild(legend(labels));
    this.plane = Neurona.planeMap(this.canvas);

    var plane = this.plane;
    if (window.ResizeObserver) {
      new ResizeObserver(function () { plane.draw(); }).observe(this.box);
    }
    // theme.js expresses every theme change (toggle or system) as this attribute: re-read the
    // colours and repaint
    new MutationObserver(function () { plane.restyle(); })
      .observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    plane.draw();
  }

  function legend(labels) {
    var list = document.createElement('ul');
    list.className = 'decision-map-legend';
    [['class0', 'dm-swatch dm-class0'], ['class1', 'dm-swatch dm-class1'],
      ['train', 'dm-marker dm-train'], ['test', 'dm-marker dm-test']].forEach(function (item) {
      var li = document.createElement('li');
      var mark = document.createElement('span');
      mark.className = item[1];
      mark.setAttribute('aria-hidden', 'true');
      li.appendChild(mark);
      li.appendChild(document.createTextNode(labels[item[0]] || ''));
      list.appendChild(li);
    });
    return list;
  }

  /** See PlaneMap.update: {grid, train, test}, each optional. */
  DecisionMap.prototype.update = function (data) {
    this.plane.update(data);
  };

  DecisionMap.prototype.colorAt = function (p) {
    return this.plane.colorAt(p);
  };

  DecisionMap.prototype.toCanvas = function (x1, x2) {
    return this.plane.toCanvas(x1, x2);
  };

  window.Neurona = window.Neurona || {};
  window.Neurona.decisionMap = function (container, options) {
    return new DecisionMap(container, options);
  };
})();
