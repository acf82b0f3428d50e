'use strict';
// What the Data Exports and legacy CUR pages hold, read by their visible labels: the create
// form's choices (as the label table's choice keys: cur2, HOURLY, PARQUET, OVERWRITE_REPORT...)
// and the list's exports with their Status. Only reads; the page is never changed here.
(() => {
  const bp = globalThis.billingPilot;
  const RADIOS = 'input[type="radio" i], [role="radio"]';
  const MAX_ROWS = 100;

  function isChosen(radio) {
    return radio.checked === true || radio.getAttribute('aria-checked') === 'true';
  }

  /** The chosen radio of the group the given radio belongs to (same name, else same radiogroup). */
  function chosenIn(radio) {
    if (!radio) {
      return null;
    }
    const container = radio.closest('[role="radiogroup"]');
    let group = [radio];
    if (radio.name) {
      group = [...radio.getRootNode().querySelectorAll(`input[type="radio" i][name="${CSS.escape(radio.name)}"]`)];
    } else if (container) {
      group = [...container.querySelectorAll(RADIOS)];
    }
    return group.find(isChosen) || null;
  }

  /**
   * The choice of a radio target: the table's key for the chosen option's label, or the visible
   * label when the table does not know it, or null when nothing is chosen.
   */
  function choiceOf(page, registry, target) {
    const chosen = chosenIn(registry.element(target));
    if (!chosen) {
      return null;
    }
    const names = bp.controlLabels.namesOf(chosen, 'radio');
    const labels = [page.choices, page.legacyChoices || {}].flatMap((choices) => Object.entries(choices[target] || {}));
    for (const [key, label] of labels) {
      if (names.has(label)) {
        return key;
      }
    }
    const own = chosen.labels && chosen.labels[0] ? chosen.labels[0].textContent : [...names][0];
    return own ? bp.text.clip(own.trim(), 120) : null;
  }

  /**
   * A reader of the create form that remembers what it saw: a wizard step or a closed dialog
   * takes its fields off the page, but the page still holds their values.
   */
  function createFormReader(page) {
    const seen = {};

    function remember(key, value) {
      if (value !== null && value !== undefined) {
        seen[key] = value;
      }
      return seen[key] === undefined ? null : seen[key];
    }

    function text(registry, target) {
      const element = registry.element(target);
      if (!element || typeof element.value !== 'string') {
        return undefined;
      }
      if (element.value === '') {
        delete seen[target]; // emptied by the admin: the page holds nothing now
        return null;
      }
      return element.value;
    }

    /** The body of POST /api/v1/console for this page. */
    function snapshot(registry, isChecked) {
      const type = remember('export-type', choiceOf(page, registry, 'export-type'));
      const resourceIds = registry.element('include-resource-ids');
      const bucket = remember('bucket-name', text(registry, 'bucket-name'));
      return {
        // The Data Exports create page makes a legacy CUR when its type is "Legacy CUR export".
        layout: type === 'cur' ? 'cur' : page.layout,
        enableReports: null,
        bucketField: bucket,
        reports: null,
        export: {
          name: remember('export-name', text(registry, 'export-name')),
          bucket,
          prefix: remember('s3-prefix', text(registry, 's3-prefix')),
          table: remember('export-table', choiceOf(page, registry, 'export-table')),
          granularity: remember('time-granularity', choiceOf(page, registry, 'time-granularity')),
          format: remember('file-format', choiceOf(page, registry, 'file-format')),
          versioning: remember('file-versioning', choiceOf(page, registry, 'file-versioning')),
          includeResourceIds: remember('include-resource-ids', resourceIds ? isChecked(resourceIds) : null),
        },
      };
    }

    return { snapshot };
  }

  /** The index of the column whose header reads label (normalised), or -1. */
  function columnIndex(headerRow, label) {
    const cells = [...headerRow.children];
    return cells.findIndex((cell) => {
      const text = bp.text.normalize(cell.textContent);
      return text === label || text.startsWith(`${label} `);
    });
  }

  /** The Status column's key in the label table (healthy, unhealthy, invalidBucket), or null. */
  function statusKey(page, text) {
    const found = Object.entries(page.statusTexts).find(([, word]) => bp.text.normalize(word) === bp.text.normalize(text));
    return found ? found[0] : null;
  }

  /**
   * The list page's exports: [{name, status, shown}] from every visible table with both columns;
   * status is the label table's key (null for a status it does not know), shown the page's text.
   */
  function listRows(page) {
    const rows = [];
    for (const table of document.querySelectorAll('table')) {
      const header = table.querySelector('thead tr');
      if (!header || (typeof table.checkVisibility === 'function' && !table.checkVisibility())) {
        continue;
      }
      const nameAt = columnIndex(header, page.columns.name);
      const statusAt = columnIndex(header, page.columns.status);
      if (nameAt < 0 || statusAt < 0) {
        continue;
      }
      for (const row of table.querySelectorAll('tbody tr')) {
        const cells = row.children;
        const name = cells[nameAt] ? cells[nameAt].textContent.trim() : '';
        if (name && rows.length < MAX_ROWS) {
          const shown = cells[statusAt] ? cells[statusAt].textContent.trim() : '';
          rows.push({ name: bp.text.clip(name, 200), status: statusKey(page, shown), shown: bp.text.clip(shown, 80) });
        }
      }
    }
    return rows;
  }

  bp.exportForm = { createFormReader, listRows, choiceOf, chosenIn };
})();
