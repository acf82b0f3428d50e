'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('./harness');

const bp = load('content/ui/panel.js');
const view = { width: 1400, height: 1000 };
const size = { width: 340, height: 420 };
const box = (left, top, width, height) => ({ left, top, right: left + width, bottom: top + height });
const where = (corner) => `${corner.y}-${corner.x}`;

test("the panel stays in the admin's corner when it covers nothing", () => {
  assert.equal(where(bp.panelCorner('right', size, view, [box(100, 100, 20, 20)])), 'bottom-right');
  assert.equal(where(bp.panelCorner('left', size, view, [box(1200, 100, 20, 20)])), 'bottom-left');
});

test('the panel moves aside from the ringed control and from its section\'s buttons', () => {
  const target = box(1200, 800, 80, 30);
  assert.equal(where(bp.panelCorner('right', size, view, [target])), 'bottom-left');
  const update = box(100, 900, 80, 30);
  assert.equal(where(bp.panelCorner('right', size, view, [target, update])), 'top-right');
});

test('when every corner covers something, the one that covers least wins', () => {
  const everywhere = [box(0, 0, 1400, 200), box(0, 800, 1400, 200), box(1300, 300, 100, 400)];
  assert.equal(where(bp.panelCorner('right', size, view, everywhere)), 'bottom-left');
});

test('covering the ringed control is worse than covering its section\'s buttons', () => {
  const tall = { width: 340, height: 900 };
  const checkbox = box(300, 200, 14, 14);
  const save = box(1060, 400, 60, 30);
  assert.equal(where(bp.panelCorner('left', tall, view, [checkbox, save])), 'bottom-right');
});
