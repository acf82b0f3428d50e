'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('./harness');

const bp = load('content/guide/step-tracker.js');

/** A registry whose page holds the given elements, by target name; more can appear later. */
function page(elements = {}) {
  return { elements, element: (name) => elements[name] || null };
}

const control = (extra = {}) => ({ checked: false, disabled: false, getAttribute: () => null, ...extra });
const steps = [
  { target: 'section-edit', done: 'unlocked', unlocks: 'enable-reports', optional: true },
  { target: 'enable-reports', done: 'checked' },
  { target: 'report-detailed', done: 'checked', optional: true },
  { target: 'save', done: 'clicked' },
];

test('an optional step is not passed while the page has not yet shown anything after it', () => {
  const registry = page();
  const tracker = bp.createStepTracker(steps, registry, {});
  tracker.advance();
  assert.equal(tracker.current.target, 'section-edit', 'nothing rendered yet: the Edit button may still come');

  registry.elements['section-edit'] = control();
  registry.elements['enable-reports'] = control({ disabled: true });
  tracker.advance();
  assert.equal(tracker.current.target, 'section-edit', 'the settings are greyed out: Edit first');
});

test('the Edit step is done once clicked, or at once when the settings can already be used', () => {
  const greyed = page({ 'section-edit': control(), 'enable-reports': control({ disabled: true }) });
  const tracker = bp.createStepTracker(steps, greyed, {});
  tracker.clicked('section-edit');
  tracker.advance();
  assert.equal(tracker.current.target, 'enable-reports');

  const usable = page({ 'section-edit': control(), 'enable-reports': control({ getAttribute: () => null }) });
  const other = bp.createStepTracker(steps, usable, {});
  other.advance();
  assert.equal(other.current.target, 'enable-reports');

  const ariaDisabled = page({ 'section-edit': control(), 'enable-reports': control({ getAttribute: (name) => (name === 'aria-disabled' ? 'true' : null) }) });
  const third = bp.createStepTracker(steps, ariaDisabled, {});
  third.advance();
  assert.equal(third.current.target, 'section-edit');
});

test('an optional step whose element the page lacks is passed once a later control is shown', () => {
  const registry = page({ 'enable-reports': control({ checked: true }) });
  const tracker = bp.createStepTracker(steps, registry, {});
  tracker.advance();
  assert.equal(tracker.current.target, 'report-detailed', 'no Edit button, and the box is ticked: on to the reports');

  registry.elements.save = control();
  tracker.advance();
  assert.equal(tracker.current.target, 'save', 'the page shows Save but no Detailed billing report: that report is passed');
});
