'use strict';
// The sentence the panel shows for a step: its text with {label} (the target's label as the
// table shows it first) and the page's words ({existing}, {section}, {edit}) filled in.
(() => {
  const bp = globalThis.billingPilot;
  const DONE = 'All steps on this page are done. The billing-pilot guide shows what comes next.';

  /**
   * step: from bp.steps, or null when all are done; words: the page's words; shownLabel(name):
   * the label shown for a target; bucketChosen: whether the session names a bucket yet.
   */
  function instruction(step, words, shownLabel, bucketChosen) {
    if (!step) {
      return DONE;
    }
    const values = { ...words, label: shownLabel(step.target) };
    const text = step.text.replace(/\{(\w+)\}/g, (whole, name) => values[name] || whole);
    return bucketChosen ? text : `Choose your bucket in the billing-pilot guide first. Then: ${text}`;
  }

  bp.stepText = { instruction };
})();
