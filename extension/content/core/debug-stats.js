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
  let wholeLooks = 0;
  const byContext = {};
  // The longest outermost callbacks since load, with when they ended (ms since the page's start).
  const LONGEST_KEPT = 5;
  let longest = [];
  bp.debugStats = {
    /** Time spent in one guarded callback; only outermost ones count towards the total. */
    addBusy(ms, context, outermost) {
      if (outermost) {
        busyMs += ms;
        calls += 1;
        if (longest.length < LONGEST_KEPT || ms > longest[longest.length - 1].ms) {
          longest = [...longest, { context, ms, at: Math.round(performance.now()) }]
            .sort((a, b) => b.ms - a.ms).slice(0, LONGEST_KEPT);
        }
      }
      const entry = byContext[context] || (byContext[context] = { ms: 0, calls: 0, maxMs: 0 });
      entry.ms += ms;
      entry.calls += 1;
      entry.maxMs = Math.max(entry.maxMs, ms);
    },
    /** A look at the whole page for the targets ended. */
    lookedAtWholePage() {
      wholeLooks += 1;
    },
    highlighted() {
      root.setAttribute('data-billing-pilot-highlight-at', String(performance.now()));
    },
  };
  document.addEventListener('billing-pilot:stats', () => {
    root.setAttribute('data-billing-pilot-stats', JSON.stringify({ busyMs, calls, wholeLooks, at: performance.now(), byContext, longest }));
  });
})();
