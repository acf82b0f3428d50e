'use strict';
// Billing Preferences (console.aws.amazon.com/billing/home#/preferences): waits until the page
// shows one of the three layouts, then guides through that layout's steps.
(() => {
  const bp = globalThis.billingPilot;
  const DETECT_RETRY_MS = 1000;

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

    // Late rendering: look again after DOM changes (in idle time: reading the page's text is the
    // costly part) and once a second in any case.
    let looking = false;
    function look() {
      looking = false;
      found(bp.layoutDetector.detect(table.layouts, [document.body]));
    }
    function lookWhenIdle() {
      if (!looking && !guide && !signal.aborted) {
        looking = true;
        bp.lifecycle.whenIdle(look, signal, 'detecting the layout');
      }
    }
    const detecting = new AbortController();
    signal.addEventListener('abort', () => detecting.abort(), { once: true });
    bp.lifecycle.every(() => {
      lookWhenIdle();
      if (guide) {
        detecting.abort();
      }
    }, DETECT_RETRY_MS, detecting.signal, 'detecting the layout');
    lookWhenIdle();

    return {
      onBatch(batch) {
        if (guide) {
          guide.onBatch(batch);
        } else if (batch.added.length || batch.overflowed) {
          lookWhenIdle();
        }
      },
    };
  }

  bp.pages = bp.pages || [];
  bp.pages.push({ id: 'billing', matches: (table) => onRoute(table.layouts), start });
})();
