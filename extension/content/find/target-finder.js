'use strict';
// Finds the elements the guide points at, by their visible labels, inside given parts of the
// page (the whole document at first, then only what a DOM change added).
(() => {
  const bp = globalThis.billingPilot;
  const { KIND_SELECTORS, namesOf, newCache, matchRank } = bp.controlLabels;
  const DIALOG = '[role="dialog"], [role="alertdialog"], dialog, [aria-modal="true"]';

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

  // A look at the whole page works in slices of at most SLICE_MS of idle time, and of at least
  // MIN_SLICE_MS when the page leaves little idle time (so the look ends within seconds).
  const SLICE_MS = 8;
  const MIN_SLICE_MS = 4;

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
    if (state.taken.has(element) || !element.isConnected) {
      return;
    }
    // Whether a person can see it is asked only of an element that would win a target.
    let shown = null;
    const isShown = () => {
      if (shown === null) {
        shown = bp.visibility.isShown(element);
      }
      return shown;
    };
    const namesByKind = new Map();
    for (const target of state.wanted) {
      if (!element.matches(KIND_SELECTORS[target.kind]) || (target.within === 'dialog' && !element.closest(DIALOG))) {
        continue;
      }
      if (!namesByKind.has(target.kind)) {
        namesByKind.set(target.kind, namesOf(element, target.kind, state.cache));
      }
      const names = namesByKind.get(target.kind);
      const rank = matchRank(target.labels, names);
      const best = state.result.get(target.name);
      if (rank >= 0 && (!best || rank < best.rank) && isShown()) {
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
   * find() for large parts of the page, without a long task: the candidates are collected in one
   * slice and checked in the next ones, each within the browser's idle time (at most SLICE_MS),
   * or one per animation frame when everyFrame (the admin waits for the result), and
   * done(result) is called at the end (not if signal aborts).
   */
  function findInSlices(scopes, wanted, taken, signal, done, { everyFrame = false } = {}) {
    const next = (slice) => (everyFrame
      ? bp.frame.schedule('looking for the current step', () => slice(null))
      : bp.lifecycle.whenIdle(slice, signal, 'looking at the whole page'));
    let state = null;
    let index = 0;
    const slice = (deadline) => {
      if (signal.aborted) {
        return;
      }
      const idle = deadline && !deadline.didTimeout ? deadline.timeRemaining() : SLICE_MS;
      const end = performance.now() + Math.max(MIN_SLICE_MS, Math.min(SLICE_MS, idle));
      if (!state) {
        state = search(scopes, wanted, taken);
      } else {
        while (index < state.candidates.length && (index % 16 !== 0 || performance.now() < end)) {
          consider(state, state.candidates[index]);
          index += 1;
        }
      }
      if (index < state.candidates.length) {
        next(slice);
      } else {
        done(state.result);
      }
    };
    next(slice);
  }

  bp.targetFinder = { find, findInSlices };
})();
