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
  bp.debugStats = {
    addBusy(ms) {
      busyMs += ms;
      calls += 1;
    },
    highlighted() {
      root.setAttribute('data-billing-pilot-highlight-at', String(performance.now()));
    },
  };
  document.addEventListener('billing-pilot:stats', () => {
    root.setAttribute('data-billing-pilot-stats', JSON.stringify({ busyMs, calls, at: performance.now() }));
  });
})();
