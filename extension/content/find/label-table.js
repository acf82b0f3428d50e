'use strict';
// rules/console-labels.json (the one label table, shared with the server's guide) in the shape
// the content script works with: every label normalised, targets as a list in table order.
(() => {
  const bp = globalThis.billingPilot;
  const NOT_TARGETS = new Set(['title', 'routes', 'detect', 'section', 'dialog', 'editButton', 'statusTexts', 'targets']);
  // The dialog's own buttons of layouts B and C: guided (ringed) between the contract's targets,
  // but not marked, and looked for only inside an open dialog.
  const DIALOG_BUTTONS = { next: 'dialog-next', save: 'dialog-save' };
  let loading = null;

  /**
   * {name, kind, shown, labels, marked, within}: 'marked' says whether the element gets the
   * contract's data-billing-pilot-target mark; 'within' where it may be: null (anywhere),
   * 'dialog', or 'section' (under the heading 'section', normalised).
   */
  function target(name, entry, extra = {}) {
    const labels = Array.isArray(entry.labels) ? entry.labels : [];
    return {
      name,
      kind: entry.kind || 'text',
      shown: labels[0] || name,
      labels: labels.map(bp.text.normalize),
      marked: true,
      within: null,
      ...extra,
    };
  }

  function dialogTargets(dialog) {
    return Object.entries(DIALOG_BUTTONS)
      .filter(([key]) => typeof dialog[key] === 'string')
      .map(([key, name]) => target(name, { kind: 'button', labels: [dialog[key]] }, { marked: false, within: 'dialog' }));
  }

  // Layout C's section Edit button: every section of that page has one, so it is looked for only
  // in the section the guide is about. Guided (ringed), not marked.
  function sectionTargets(entry) {
    if (typeof entry.editButton !== 'string' || typeof entry.section !== 'string') {
      return [];
    }
    return [target('section-edit', { kind: 'button', labels: [entry.editButton] },
      { marked: false, within: 'section', section: bp.text.normalize(entry.section) })];
  }

  function layout(id, entry, legacyReports) {
    const dialog = entry.dialog || {};
    const newAccountReports = new Set(entry.newAccountReports || []);
    return {
      id,
      title: entry.title || id,
      routes: entry.routes || [],
      detect: (entry.detect || []).map(bp.text.normalize),
      // Shown in instructions: the dialog's "use an existing bucket" choice, the section, its Edit button.
      words: {
        existing: dialog.existingBucket || 'the existing bucket',
        section: entry.section || '',
        edit: entry.editButton || 'Edit',
      },
      targets: [
        ...Object.entries(entry.targets || {}).map(([name, value]) => target(name, value)),
        ...dialogTargets(dialog),
        ...sectionTargets(entry),
      ],
      // The legacy reports' markers in table order; 'optional' when the layout shows new accounts
      // only some of them (the others are skipped when the page does not have them).
      reports: legacyReports.map((report) => ({
        target: report.target,
        optional: newAccountReports.size > 0 && !newAccountReports.has(report.key),
      })),
    };
  }

  /** An S3 page's entry keeps its targets next to its routes; 'editor' is the policy editor (not marked). */
  function s3Page(id, entry) {
    const targets = Object.entries(entry)
      .filter(([key, value]) => !NOT_TARGETS.has(key) && value && Array.isArray(value.labels))
      .map(([key, value]) => (key === 'editor' ? target('policy-editor', value, { marked: false }) : target(key, value)));
    return { id, title: entry.title || id, routes: entry.routes || [], detect: [], words: {}, targets };
  }

  /**
   * A Data Exports or legacy CUR page ('exports' in the table): its targets (the dialog's Next and
   * save button among them; on Data Exports the dialog's 'confirm' is that button), the layout it
   * reports, the console it lives in, and its choices, list columns and status texts.
   */
  function exportPage(id, entry) {
    const dialog = { ...(entry.dialog || {}) };
    dialog.save = dialog.save || dialog.confirm;
    const normalizedValues = (map) => Object.fromEntries(Object.entries(map || {}).map(([key, label]) => [key, bp.text.normalize(label)]));
    return {
      ...layout(id, { ...entry, dialog }, []),
      layout: entry.layout,
      console: entry.console,
      detectShown: entry.detect || [],
      choices: Object.fromEntries(Object.entries(entry.choices || {}).map(([target, map]) => [target, normalizedValues(map)])),
      // The same choices as the "Legacy CUR export" type words them on this page.
      legacyChoices: Object.fromEntries(Object.entries(entry.legacyChoices || {}).map(([target, map]) => [target, normalizedValues(map)])),
      columns: normalizedValues(entry.columns),
      statusTexts: entry.statusTexts || {},
    };
  }

  function shape(table) {
    const legacyReports = (table.legacyReports || []).filter((report) => report && report.key && report.target);
    return {
      legacyReports,
      layouts: Object.entries(table.layouts || {}).map(([id, entry]) => layout(id, entry, legacyReports)),
      s3: Object.entries(table.s3 || {}).map(([id, entry]) => s3Page(id, entry)),
      exports: Object.entries(table.exports || {}).map(([id, entry]) => exportPage(id, entry)),
    };
  }

  function load() {
    if (!loading) {
      loading = bp.messaging.send({ type: 'labels' }).then((answer) => (answer.ok ? shape(answer.table) : null));
    }
    return loading;
  }

  bp.labelTable = { load, shape };
})();
