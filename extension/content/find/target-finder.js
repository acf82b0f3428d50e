'use strict';
// Finds the elements the guide points at, by their visible labels, inside given parts of the
// page (the whole document at first, then only what a DOM change added).
(() => {
  const bp = globalThis.billingPilot;
  const { KIND_SELECTORS, namesOf, newCache } = bp.controlLabels;
  const HIDDEN = '[hidden], [aria-hidden="true"], template';

  function candidatesIn(scopes, selector) {
    const found = new Set();
    for (const scope of scopes) {
      if (scope.nodeType !== Node.ELEMENT_NODE || !scope.isConnected) {
        continue;
      }
      if (scope.matches(selector)) {
        found.add(scope);
      }
      for (const element of scope.querySelectorAll(selector)) {
        found.add(element);
      }
    }
    return found;
  }

  /**
   * For each wanted target ({name, kind, labels}), the best element within the scopes:
   * Map name -> {element, rank}, rank being the index of the label that matched (lower wins).
   * Elements in `taken` (already pointed at for another target) are skipped.
   */
  function find(scopes, wanted, taken) {
    const result = new Map();
    if (!wanted.length) {
      return result;
    }
    const kinds = [...new Set(wanted.map((target) => target.kind))];
    const selector = kinds.map((kind) => KIND_SELECTORS[kind]).join(', ');
    const cache = newCache(wanted.flatMap((target) => target.labels));
    for (const element of candidatesIn(scopes, selector)) {
      if (taken.has(element) || element.closest(HIDDEN)) {
        continue;
      }
      const namesByKind = new Map();
      for (const target of wanted) {
        if (!element.matches(KIND_SELECTORS[target.kind])) {
          continue;
        }
        if (!namesByKind.has(target.kind)) {
          namesByKind.set(target.kind, namesOf(element, target.kind, cache));
        }
        const names = namesByKind.get(target.kind);
        const rank = target.labels.findIndex((label) => names.has(label));
        const best = result.get(target.name);
        if (rank >= 0 && (!best || rank < best.rank)) {
          result.set(target.name, { element, rank });
        }
      }
    }
    return result;
  }

  bp.targetFinder = { find };
})();
