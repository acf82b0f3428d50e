'use strict';
// Tells the server what the console shows (POST /api/v1/console through the service worker):
// shortly after each change, never more than once per change, again after the server was down.
(() => {
  const bp = globalThis.billingPilot;
  const DEBOUNCE_MS = 400;

  /**
   * page: as for bp.createPageGuide; its legacyReports ({key, target} from the label table) are
   * reported on Billing Preferences, and pages without them report no reports.
   */
  function createConsoleReporter(page, registry, isChecked, signal) {
    const layout = page.layout;
    let lastSent = null;
    let pending = null;

    function snapshot() {
      // A page that says what it reports (Data Exports, legacy CUR): page.snapshot(registry, isChecked).
      if (page.snapshot) {
        return page.snapshot(registry, isChecked);
      }
      const field = registry.element('bucket-name');
      const bucketField = field && typeof field.value === 'string' ? field.value : null;
      if (!page.legacyReports) {
        return { layout, enableReports: null, bucketField, reports: null };
      }
      const checked = (name) => {
        const element = registry.element(name);
        return element ? isChecked(element) : null;
      };
      const reports = {};
      for (const { key, target } of page.legacyReports) {
        reports[key] = checked(target) === true;
      }
      return { layout, enableReports: checked('enable-reports'), bucketField, reports };
    }

    async function send(body) {
      const answer = await bp.messaging.send({ type: 'console', state: JSON.parse(body) });
      if (answer.ok) {
        lastSent = body;
      }
    }

    /** Call after anything that may have changed the console's state. */
    function changed() {
      const body = JSON.stringify(snapshot());
      if (body === lastSent || body === pending || signal.aborted) {
        return;
      }
      pending = body;
      bp.lifecycle.later(() => {
        const due = JSON.stringify(snapshot());
        pending = null;
        if (due !== lastSent) {
          bp.safety.settle('reporting the console state', () => send(due));
        }
      }, DEBOUNCE_MS, signal, 'reporting the console state');
    }

    /** After the server was unreachable: send the current state again. */
    function resend() {
      lastSent = null;
      changed();
    }

    return { changed, resend };
  }

  bp.createConsoleReporter = createConsoleReporter;
})();
