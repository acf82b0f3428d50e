'use strict';
// Measurements for scripts/bench-extension, off unless the page's <html> carries
// data-billing-pilot-debug when the script starts. The numbers leave through attributes on
// <html>, the one thing the page and this isolated world share.
(() => {
  const bp = globalThis.billingPilot;
  const root = document.documentElement;
  if (!root || !root.hasAttribute('data-billing-pilot-debug')) {
    return;
  }
  let busyMs = 0;
  let calls = 0;
  const byContext = {};
  bp.debugStats = {
    /** Time spent in one guarded callback; only outermost ones count towards the total. */
    addBusy(ms, context, outermost) {
      if (outermost) {
        busyMs += ms;
        calls += 1;
      }
      const entry = byContext[context] || (byContext[context] = { ms: 0, calls: 0, maxMs: 0 });
      entry.ms += ms;
      entry.calls += 1;
      entry.maxMs = Math.max(entry.maxMs, ms);
    },
    highlighted() {
      root.setAttribute('data-billing-pilot-highlight-at', String(performance.now()));
    },
  };
  document.addEventListener('billing-pilot:stats', () => {
    root.setAttribute('data-billing-pilot-stats', JSON.stringify({ busyMs, calls, at: performance.now(), byContext }));
  });
})();
