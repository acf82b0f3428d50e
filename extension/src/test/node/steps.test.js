'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, labelTable } = require('./harness');

const bp = load('content/core/text.js', 'content/find/label-table.js', 'content/guide/steps.js', 'content/guide/step-text.js');
const table = bp.labelTable.shape(labelTable());
const layout = (id) => table.layouts.find((entry) => entry.id === id);
// Arrays made inside the scripts' context compare by value once copied into this one.
const plain = (value) => JSON.parse(JSON.stringify(value));
const targetsOf = (steps) => plain(steps.map((step) => step.target));

test('the legacy reports come from the table, with their API keys and markers', () => {
  assert.deepEqual(plain(table.legacyReports.map((report) => report.key)), ['monthly', 'detailed', 'costAllocation', 'detailedTags']);
  assert.deepEqual(plain(table.legacyReports.map((report) => report.target)),
    ['report-monthly', 'report-detailed', 'report-cost-allocation', 'report-detailed-tags']);
});

test('only in layout C are the reports new accounts do not see optional, as the table says (and the section\'s Edit)', () => {
  const optional = (id) => plain(bp.steps.billing(layout(id)).filter((step) => step.optional).map((step) => step.target));
  assert.deepEqual(optional('A'), []);
  assert.deepEqual(optional('B'), []);
  const newAccount = new Set(labelTable().layouts.C.newAccountReports);
  const expected = table.legacyReports.filter((report) => !newAccount.has(report.key)).map((report) => report.target);
  assert.deepEqual(optional('C'), ['section-edit', ...expected]);
  assert.deepEqual(expected, ['report-detailed', 'report-detailed-tags']);
});

test("the console's dialog is one control per step: bucket, Next, the confirm box, Save", () => {
  for (const id of ['B', 'C']) {
    const targets = targetsOf(bp.steps.billing(layout(id)));
    const start = targets.indexOf('configure-bucket');
    assert.deepEqual(targets.slice(start, start + 5), ['configure-bucket', 'bucket-name', 'dialog-next', 'policy-confirm', 'dialog-save'], id);
  }
  assert.equal(targetsOf(bp.steps.billing(layout('A'))).includes('dialog-next'), false);
});

test("every step points at a target of its page's table", () => {
  for (const entry of table.layouts) {
    const names = new Set(entry.targets.map((target) => target.name));
    for (const step of bp.steps.billing(entry)) {
      assert.ok(names.has(step.target), `${entry.id}: ${step.target}`);
    }
  }
  for (const page of table.s3) {
    const names = new Set(page.targets.map((target) => target.name));
    for (const step of bp.steps[page.id]) {
      assert.ok(names.has(step.target), `${page.id}: ${step.target}`);
    }
  }
});

test("the dialog's buttons are ringed but not marked, and looked for in a dialog only; the S3 editor is not marked", () => {
  const next = layout('C').targets.find((target) => target.name === 'dialog-next');
  assert.equal(next.marked, false);
  assert.equal(next.within, 'dialog');
  assert.deepEqual(plain(next.labels), ['next']);
  assert.equal(layout('C').targets.find((target) => target.name === 'save').marked, true);
  const editor = table.s3.find((page) => page.id === 'bucketPolicy').targets.find((target) => target.name === 'policy-editor');
  assert.equal(editor.marked, false);
});

test('each instruction names its control by the label the table shows first and leaves no placeholder', () => {
  for (const entry of table.layouts) {
    const shown = (name) => entry.targets.find((target) => target.name === name).shown;
    for (const step of bp.steps.billing(entry)) {
      const text = bp.stepText.instruction(step, entry.words, shown, true);
      assert.ok(text.includes(`“${shown(step.target)}”`), `${entry.id}: ${text}`);
      assert.doesNotMatch(text, /[{}]/, `${entry.id}: ${text}`);
    }
  }
});

test("layout C's first step rings the legacy section's own Edit, named from the table, until the settings can be used", () => {
  const entry = layout('C');
  const first = bp.steps.billing(entry)[0];
  const edit = entry.targets.find((target) => target.name === first.target);
  assert.equal(edit.shown, 'Edit');
  assert.equal(edit.within, 'section');
  assert.equal(edit.section, 'detailed billing reports (legacy)');
  assert.equal(edit.marked, false);
  assert.equal(first.unlocks, 'enable-reports');
  const text = bp.stepText.instruction(first, entry.words, (name) => entry.targets.find((target) => target.name === name).shown, true);
  assert.equal(text, 'Click “Edit” in “Detailed billing reports (legacy)”: its settings are greyed out until you do.');
});

test('without a bucket the instruction says to choose one first; with no step left it says all is done', () => {
  const step = { target: 'verify', text: 'Click “{label}”.' };
  assert.equal(bp.stepText.instruction(step, {}, () => 'Verify', false), 'Choose your bucket in the billing-pilot guide first. Then: Click “Verify”.');
  assert.match(bp.stepText.instruction(null, {}, () => '', true), /^All steps on this page are done/);
  assert.equal(bp.stepText.instruction({ target: 'x', text: 'Keep {unknown}.' }, {}, () => 'X', true), 'Keep {unknown}.');
});
