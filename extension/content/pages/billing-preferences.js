'use strict';
// Billing Preferences (console.aws.amazon.com/billing/home#/preferences): waits until the page
// shows one of the three layouts, then guides through that layout's steps.
(() => {
  const bp = globalThis.billingPilot;

  function onRoute(layouts) {
    if (!location.pathname.startsWith('/billing')) {
      return false;
    }
    const hash = location.hash.split('?')[0];
    return layouts.some((layout) => layout.routes.some((route) => hash === route || hash.startsWith(`${route}/`)));
  }

  function start(table, panel, signal) {
    let guide = null;
    panel.setLayout('Billing Preferences');
    panel.setStep({ index: 0, total: 0, text: 'Waiting for the console to show the billing report settings…' });

    function found(layout) {
      if (guide || !layout || signal.aborted) {
        return;
      }
      const page = { layout: layout.id, title: layout.title, targets: layout.targets, words: layout.words, legacyReports: table.legacyReports };
      guide = bp.createPageGuide(page, bp.steps.billing(layout), panel, signal);
    }

    // Late rendering: the page is looked at again after DOM changes and once a second.
    const waiting = bp.layoutDetector.waitFor(table.layouts, signal, found);

    return {
      onBatch(batch) {
        if (guide) {
          guide.onBatch(batch);
        } else if (batch.added.length || batch.overflowed) {
          waiting.changed();
        }
      },
    };
  }

  bp.pages = bp.pages || [];
  bp.pages.push({ id: 'billing', matches: (table) => onRoute(table.layouts), start });
})();
