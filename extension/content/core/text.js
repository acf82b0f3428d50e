'use strict';
// Labels are compared the way a person reads them: case, runs of white space and a trailing
// ':' or '*' (required-field marks) make no difference.
(() => {
  const bp = globalThis.billingPilot;
  function normalize(value) {
    return String(value ?? '').replace(/\s+/g, ' ').trim().replace(/\s*[:*]+$/, '').toLowerCase();
  }
  /** Keeps a page-supplied value short enough to quote in the panel. */
  function clip(value, max = 80) {
    const text = String(value ?? '');
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
  }
  bp.text = { normalize, clip };
})();
