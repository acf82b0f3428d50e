'use strict';
// rules/console-labels.json (the one label table, shared with the server's guide) in the shape
// the content script works with: every label normalised, targets as a list in table order.
(() => {
  const bp = globalThis.billingPilot;
  const NOT_TARGETS = new Set(['title', 'routes', 'detect', 'section', 'dialog', 'editButton', 'statusTexts', 'targets']);
  let loading = null;

  function target(name, entry) {
    const labels = Array.isArray(entry.labels) ? entry.labels : [];
    return { name, kind: entry.kind || 'text', shown: labels[0] || name, labels: labels.map(bp.text.normalize) };
  }

  function layout(id, entry) {
    return {
      id,
      title: entry.title || id,
      routes: entry.routes || [],
      detect: (entry.detect || []).map(bp.text.normalize),
      // Shown in instructions: the dialog's "use an existing bucket" choice, the section, its Edit button.
      words: {
        existing: (entry.dialog || {}).existingBucket || 'the existing bucket',
        section: entry.section || '',
        edit: entry.editButton || 'Edit',
      },
      targets: Object.entries(entry.targets || {}).map(([name, value]) => target(name, value)),
    };
  }

  /** An S3 page's entry keeps its targets next to its routes; 'editor' is the policy editor. */
  function s3Page(id, entry) {
    const targets = Object.entries(entry)
      .filter(([key, value]) => !NOT_TARGETS.has(key) && value && Array.isArray(value.labels))
      .map(([key, value]) => target(key === 'editor' ? 'policy-editor' : key, value));
    return { id, title: entry.title || id, routes: entry.routes || [], detect: [], words: {}, targets };
  }

  function shape(table) {
    return {
      layouts: Object.entries(table.layouts || {}).map(([id, entry]) => layout(id, entry)),
      s3: Object.entries(table.s3 || {}).map(([id, entry]) => s3Page(id, entry)),
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
