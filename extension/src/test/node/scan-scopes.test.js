'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, element, inDocument } = require('./harness');

const bp = load('content/core/text.js', 'content/find/scan-scopes.js');
const CONTROLS = 'input, button';
const target = (name, ...labelTexts) => ({ name, labels: labelTexts.map(bp.text.normalize) });
const scopes = (nodes, wanted) => [...bp.scanScopes.scopesFor(nodes, nodes.map((node) => bp.text.normalize(node.textContent)), wanted, CONTROLS)];

test('an added node that mentions a wanted label and holds a control is searched itself', () => {
  const row = element('div', 'Monthly report', [element('input'), element('span', 'Monthly report')]);
  assert.deepEqual(scopes([row], [target('report-monthly', 'Monthly report')]), [row]);
});

test('a label that arrived after its control is searched for in the wrapper they share', () => {
  const label = element('span', 'Cost allocation report');
  const box = element('input');
  const cell = element('div', 'Cost allocation report', [label]);
  const wrapper = element('div', 'Cost allocation report', [element('div', '', [box]), cell]);
  const section = element('section', 'Cost allocation report', [wrapper]);
  const body = element('body', '', [section]);
  inDocument(body, body);
  const found = scopes([label], [target('report-cost-allocation', 'Cost allocation report')]);
  assert.deepEqual(found, [section], 'three levels up from the label, below the body');
});

test('nodes that mention nothing wanted cost nothing; text-free nodes with controls are searched', () => {
  const row = element('tr', 'i-5f5e100 Resource 1 us-east-1 Details', [element('button', 'Details')]);
  const clock = element('span', '2026-12-01T00:00:00Z');
  const bare = element('div', '', [element('input')]);
  assert.deepEqual(scopes([row, clock, bare], [target('enable-reports', 'Receive Billing Reports')]), [bare]);
});

test('a text node stands for its parent element', () => {
  const button = element('button', 'Save');
  const textNode = { nodeType: 3, textContent: 'Save', parentElement: button };
  assert.deepEqual(scopes([textNode], [target('dialog-save', 'Save')]), [button]);
});

test('mentions looks for any label of any target', () => {
  const wanted = [target('save', 'Activate', 'Update'), target('verify', 'Reverify')];
  assert.equal(bp.scanScopes.mentions('click update to keep', wanted), true);
  assert.equal(bp.scanScopes.mentions('nothing here', wanted), false);
});
