'use strict';
// The Data Exports pages (Billing and Cost Management: the "Exports and dashboards" list and the
// create page) and the old Cost & Usage Reports create flow. Waits until the page shows one of
// its detect texts, then guides: marks the contract's targets, fills the export name, bucket and
// prefix from the session, warns before the bucket dialog replaces the policy, reports the
// form's choices or the list's statuses. A page on these routes that shows none of the texts is
// left alone, and the panel says so.
(() => {
  const bp = globalThis.billingPilot;
  // The console shows a page's content within a few seconds; after this, say it was not recognised.
  const UNRECOGNISED_AFTER_MS = 6000;

  function onRoute(page, route) {
    const hash = location.hash.split('?')[0];
    return location.pathname.startsWith(`/${page.console}/`) && (hash === route || hash.startsWith(`${route}/`));
  }

  /** The page whose route matches best (the create page's route is longer than the list's). */
  function pageFor(table) {
    let best = null;
    let length = -1;
    for (const page of table.exports || []) {
      for (const route of page.routes) {
        if (route.length > length && onRoute(page, route)) {
          best = page;
          length = route.length;
        }
      }
    }
    return best;
  }

  /** What the list page says about the session's export. */
  function statusNotes(page) {
    const session = bp.serverStatus.state.session || {};
    if (!session.exportName) {
      return [];
    }
    const row = bp.exportForm.listRows(page).find((candidate) => candidate.name === session.exportName);
    if (!row) {
      return [`The list shows no export named '${session.exportName}' yet.`];
    }
    if (row.status === 'healthy') {
      return [`Your export '${row.name}' is ${row.shown}: its last delivery succeeded.`];
    }
    if (row.status === 'unhealthy' || row.status === 'invalidBucket') {
      return [`Your export '${row.name}' is ${row.shown}: its last delivery failed or will. Check the bucket's policy and owner in the billing-pilot guide.`];
    }
    return [`Your export '${row.name}' shows '${row.shown}'.`];
  }

  /** The page as bp.createPageGuide takes it. */
  function guidePage(page) {
    const session = () => bp.serverStatus.state.session || {};
    const list = page.id === 'dataExportsList';
    const reader = bp.exportForm.createFormReader(page);
    return {
      layout: page.layout,
      title: page.title,
      words: page.words,
      targets: [...page.targets, ...(bp.exportSteps.extraTargets[page.id] || [])],
      fills: list ? [] : [
        { target: 'export-name', value: () => session().exportName || null, what: 'export name' },
        { target: 's3-prefix', value: () => session().prefix || null, what: 'prefix' },
      ],
      notes: list ? () => statusNotes(page) : null,
      snapshot: list
        ? () => ({
          layout: page.layout,
          enableReports: null,
          bucketField: null,
          reports: null,
          export: { exports: bp.exportForm.listRows(page).map(({ name, status }) => ({ name, status })) },
        })
        : reader.snapshot,
    };
  }

  function start(table, panel, signal) {
    const page = pageFor(table);
    const startedAt = performance.now();
    let guide = null;
    panel.setLayout(page.title);
    panel.setStep({ index: 0, total: 0, text: 'Waiting for the console to show the page…' });

    function found(detected) {
      if (guide || !detected || signal.aborted) {
        return;
      }
      guide = bp.createPageGuide(guidePage(page), bp.exportSteps[page.id](page), panel, signal);
      // A choice among radios or a ticked box that is not itself a target changes what is reported.
      for (const type of ['change', 'click']) {
        bp.lifecycle.listen(document, type, () => guide.refresh(), signal, { capture: true, passive: true });
      }
    }

    function missed() {
      if (performance.now() - startedAt > UNRECOGNISED_AFTER_MS) {
        const texts = page.detectShown.map((text) => `“${text}”`).join(' or ');
        panel.setStep({ index: 0, total: 0, text: `billing-pilot does not recognise this page: it shows no ${texts}. It leaves the page alone.` });
      }
    }
    // Late rendering: the page is looked at again after DOM changes and once a second.
    const waiting = bp.layoutDetector.waitFor([page], signal, found, missed);

    return {
      onBatch(batch) {
        if (!guide) {
          if (batch.added.length || batch.overflowed) {
            waiting.changed();
          }
          return;
        }
        guide.onBatch(batch);
        if (page.id === 'dataExportsList' && batch.added.length) {
          guide.refresh(); // new rows, or rows re-rendered: read the statuses again
        }
      },
    };
  }

  bp.pages = bp.pages || [];
  for (const id of ['dataExportsList', 'dataExportsCreate', 'curCreate']) {
    bp.pages.push({ id, matches: (table) => (pageFor(table) || {}).id === id, start });
  }
})();
