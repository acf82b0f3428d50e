'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('./harness');

const bp = load('content/core/text.js');

test('labels compare regardless of case, runs of white space and a trailing colon or star', () => {
  assert.equal(bp.text.normalize('  Save to\n  S3   Bucket: '), 'save to s3 bucket');
  assert.equal(bp.text.normalize('Export name *'), 'export name');
  assert.equal(bp.text.normalize('Bucket name:*'), 'bucket name');
  assert.equal(bp.text.normalize('RECEIVE Billing Reports'), 'receive billing reports');
});

test('a colon inside a label is kept; only a trailing one goes', () => {
  assert.equal(bp.text.normalize('Report delivery: Activated'), 'report delivery: activated');
});

test('missing values normalise to an empty text', () => {
  assert.equal(bp.text.normalize(null), '');
  assert.equal(bp.text.normalize(undefined), '');
});

test('a page-supplied value is clipped with an ellipsis', () => {
  assert.equal(bp.text.clip('abcdef', 4), 'abc…');
  assert.equal(bp.text.clip('abc', 4), 'abc');
});
