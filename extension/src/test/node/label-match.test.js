'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('./harness');

const bp = load('content/core/text.js', 'content/find/control-labels.js');
const names = (...texts) => new Set(texts.map(bp.text.normalize));
const labels = (...texts) => texts.map(bp.text.normalize);

test('a control matches a label whatever its case and spacing on screen', () => {
  assert.equal(bp.controlLabels.matchRank(labels('Save to S3 Bucket'), names('SAVE  to s3 bucket:')), 0);
});

test('the earlier label of a target wins: its index is the rank', () => {
  const save = labels('Activate', 'Save', 'Update');
  assert.equal(bp.controlLabels.matchRank(save, names('Update')), 2);
  assert.equal(bp.controlLabels.matchRank(save, names('Update', 'Activate')), 0);
});

test('a control whose names hold none of the labels does not match, nor does a label only contained in a name', () => {
  assert.equal(bp.controlLabels.matchRank(labels('Save'), names('Save preferences')), -1);
  assert.equal(bp.controlLabels.matchRank(labels('Verify'), names()), -1);
});
