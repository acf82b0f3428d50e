'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, labelTable } = require('./harness');

const bp = load('content/core/text.js', 'content/find/layout-detector.js');

function matcherAfter(needles, ...adds) {
  const matcher = bp.layoutDetector.createTextMatcher(needles);
  adds.forEach((pieces) => matcher.add(pieces));
  return matcher;
}

test('a needle is found the way a person reads it: case and runs of white space do not matter', () => {
  const matcher = matcherAfter(['detailed billing reports (legacy)'], ['Some  text. Detailed\n   Billing Reports (Legacy) and more']);
  assert.ok(matcher.has('detailed billing reports (legacy)'));
});

test('pieces are joined without a separator, as textContent joins text nodes', () => {
  const matcher = matcherAfter(['receive billing reports', 'billing reportsmonthly'], ['Receive ', 'Billing', ' Reports', 'Monthly']);
  assert.ok(matcher.has('receive billing reports'));
  assert.ok(matcher.has('billing reportsmonthly'));
});

test('a needle split across two slices of the page is found', () => {
  const matcher = matcherAfter(['cost and usage reports'], ['Header. Cost and'], [' Usage', ' Reports footer']);
  assert.ok(matcher.has('cost and usage reports'));
});

test('a needle split across slices is found even when white space piles up at the split', () => {
  const indent = `\n${' '.repeat(400)}`;
  const matcher = matcherAfter(['create export'], [`Create${indent}`], [`${indent}export`]);
  assert.ok(matcher.has('create export'));
});

test('words that only touch across a split do not make a needle', () => {
  const matcher = matcherAfter(['data exports'], ['data'], ['exportsX']);
  assert.ok(!matcher.has('data exports'), 'no white space between "data" and "exports" on the page');
});

test('what is not on the page is not found', () => {
  const matcher = matcherAfter(['receive billing reports'], ['Receive billing'], ['report']);
  assert.ok(!matcher.has('receive billing reports'));
});

test("every layout's detect text of the label table is found in a page showing it among other text", () => {
  const table = labelTable();
  const layouts = [...Object.values(table.layouts), ...Object.values(table.exports)];
  for (const layout of layouts) {
    for (const detectText of layout.detect) {
      const needle = bp.text.normalize(detectText);
      const shown = detectText.toUpperCase().split(' ');
      const matcher = matcherAfter([needle], ['Console header  '], shown.slice(0, 1), shown.slice(1).map((word) => ` ${word}`), ['  footer']);
      assert.ok(matcher.has(needle), needle);
    }
  }
});
