'use strict';
// Starts the guide on the console page that matches the current route, and starts it afresh
// when the console's single-page app moves to another route. Everything a page feature set up
// is torn down through its AbortController when it ends.
(() => {
  const bp = globalThis.billingPilot;
  if (bp.started) {
    return;
  }
  bp.started = true;

  let table = null;
  let active = null;

  function stopActive() {
    if (active) {
      active.controller.abort();
      active.panel.destroy();
      active = null;
    }
  }

  function reconcile() {
    const page = bp.pages.find((candidate) => candidate.matches(table)) || null;
    if (active && page && active.id === page.id) {
      return;
    }
    stopActive();
    if (!page) {
      return;
    }
    const controller = new AbortController();
    const panel = bp.safety.run('showing the panel', bp.createPanel, null, []);
    if (!panel) {
      return;
    }
    const started = { id: page.id, controller, panel, page: null };
    active = started;
    // The page's guide starts in a task of its own: together with the panel, on a cold start
    // while the console is still building a large page, the two can take longer than a frame.
    setTimeout(bp.safety.guard('starting the guide', () => {
      if (active === started && !controller.signal.aborted) {
        started.page = page.start(table, panel, controller.signal);
      }
    }), 0);
  }

  function onBatch(batch) {
    bp.routeWatcher.check();
    if (active && active.page) {
      active.page.onBatch(batch);
    }
  }

  bp.safety.settle('starting billing-pilot', async () => {
    table = await bp.labelTable.load();
    if (!table) {
      bp.safety.logOnce('loading the label table', new Error('the extension did not answer'));
      return;
    }
    bp.serverStatus.start();
    bp.routeWatcher.start(bp.safety.guard('changing route', reconcile));
    bp.domWatcher.start(onBatch);
    bp.safety.run('finding the page', reconcile, null, []);
  });
})();
