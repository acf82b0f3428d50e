'use strict';
// Finds the elements the guide points at, by their visible labels, inside given parts of the
// page (the whole document at first, then only what a DOM change added).
(() => {
  const bp = globalThis.billingPilot;
  const { KIND_SELECTORS, namesOf, newCache } = bp.controlLabels;
  const HIDDEN = '[hidden], [aria-hidden="true"], template, [inert]';
  const DIALOG = '[role="dialog"], [role="alertdialog"], dialog, [aria-modal="true"]';

  /** Not inside a display:none container (a closed dialog kept mounted, as Cloudscape's Modal is). */
  function displayed(element) {
    return typeof element.checkVisibility !== 'function' || element.checkVisibility();
  }

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

  // A look at the whole page works in slices of this many milliseconds, one per animation frame.
  const SLICE_MS = 8;

  /** What one search needs: the candidate elements and what it learns along the way. */
  function search(scopes, wanted, taken) {
    const kinds = [...new Set(wanted.map((target) => target.kind))];
    const selector = kinds.map((kind) => KIND_SELECTORS[kind]).join(', ');
    return {
      wanted,
      taken,
      candidates: wanted.length ? [...candidatesIn(scopes, selector)] : [],
      cache: newCache(wanted.flatMap((target) => target.labels)),
      result: new Map(),
    };
  }

  /** Checks one candidate against every wanted target, keeping the best match per target. */
  function consider(state, element) {
    if (state.taken.has(element) || !element.isConnected || element.closest(HIDDEN) || !displayed(element)) {
      return;
    }
    const namesByKind = new Map();
    for (const target of state.wanted) {
      if (!element.matches(KIND_SELECTORS[target.kind]) || (target.within === 'dialog' && !element.closest(DIALOG))) {
        continue;
      }
      if (!namesByKind.has(target.kind)) {
        namesByKind.set(target.kind, namesOf(element, target.kind, state.cache));
      }
      const names = namesByKind.get(target.kind);
      const rank = target.labels.findIndex((label) => names.has(label));
      const best = state.result.get(target.name);
      if (rank >= 0 && (!best || rank < best.rank)) {
        state.result.set(target.name, { element, rank });
      }
    }
  }

  /**
   * For each wanted target ({name, kind, labels}), the best element within the scopes:
   * Map name -> {element, rank}, rank being the index of the label that matched (lower wins).
   * Elements in `taken` (already pointed at for another target) are skipped.
   */
  function find(scopes, wanted, taken) {
    const state = search(scopes, wanted, taken);
    state.candidates.forEach((element) => consider(state, element));
    return state.result;
  }

  /**
   * find() for large parts of the page, without a long task: candidates are checked in slices,
   * one per animation frame, and done(result) is called at the end (not if signal aborts).
   */
  function findInSlices(scopes, wanted, taken, signal, done) {
    const state = search(scopes, wanted, taken);
    let next = 0;
    function slice() {
      if (signal.aborted) {
        return;
      }
      const end = performance.now() + SLICE_MS;
      while (next < state.candidates.length && (next % 16 !== 0 || performance.now() < end)) {
        consider(state, state.candidates[next]);
        next += 1;
      }
      if (next < state.candidates.length) {
        bp.frame.schedule('looking at the whole page', slice);
      } else {
        done(state.result);
      }
    }
    slice();
  }

  bp.targetFinder = { find, findInSlices };
})();
