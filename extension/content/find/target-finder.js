'use strict';
// Finds the elements the guide points at, by their visible labels, inside given parts of the
// page (the whole document at first, then only what a DOM change added).
(() => {
  const bp = globalThis.billingPilot;
  const { KIND_SELECTORS, namesOf, newCache, matchRank } = bp.controlLabels;
  const DIALOG = '[role="dialog"], [role="alertdialog"], dialog, [aria-modal="true"]';
  const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
  // How far up a control's section heading is looked for (Cloudscape puts a Container's Edit
  // button about ten levels under the element that also holds the heading).
  const SECTION_DEPTH = 16;

  /**
   * The section an element belongs to, named by the first heading of its nearest ancestor that
   * holds one: for a section header's button, the header's own title.
   */
  function sectionTitle(element) {
    let ancestor = element.parentElement;
    for (let depth = 0; ancestor && depth < SECTION_DEPTH; depth += 1, ancestor = ancestor.parentElement) {
      const heading = ancestor.matches(HEADING) ? ancestor : ancestor.querySelector(HEADING);
      if (heading) {
        return bp.text.normalize(heading.textContent);
      }
    }
    return '';
  }

  function inItsSection(target, element) {
    return target.within !== 'section' || sectionTitle(element).startsWith(target.section);
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

  /** What one search needs: the selector of the wanted kinds, and what it learns along the way. */
  function search(wanted, taken) {
    const kinds = [...new Set(wanted.map((target) => target.kind))];
    return {
      wanted,
      taken,
      selector: kinds.map((kind) => KIND_SELECTORS[kind]).join(', '),
      cache: newCache(wanted.flatMap((target) => target.labels)),
    };
  }

  /**
   * How well the element matches each wanted target: calls matched(target, rank) for each
   * target it goes by a label of, rank being the index of that label (lower is better).
   */
  function match(state, element, matched) {
    if (state.taken.has(element) || !element.isConnected) {
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
      const rank = matchRank(target.labels, namesByKind.get(target.kind));
      // The section is checked last: only the few elements that go by the label get that far.
      if (rank >= 0 && inItsSection(target, element)) {
        matched(target, rank);
      }
    }
  }

  /** Of the matches ({target, element, rank}, in document order), the best shown element per target. */
  function bestShown(matches, isShown) {
    const result = new Map();
    const shown = new Map();
    for (const { target, element, rank } of matches) {
      const best = result.get(target.name);
      if (best && best.rank <= rank) {
        continue;
      }
      if (!shown.has(element)) {
        shown.set(element, isShown(element));
      }
      if (shown.get(element)) {
        result.set(target.name, { element, rank });
      }
    }
    return result;
  }

  /** Of the matches, the best shown element per target, from the boxes of the frame being prepared (bp.visibility.whenMeasured). */
  function measured(matches, signal, done) {
    const elements = [...new Set(matches.map((entry) => entry.element))];
    bp.visibility.whenMeasured(elements, signal, (isShown) => done(bestShown(matches, isShown)));
  }

  /**
   * For each wanted target ({name, kind, labels}), the best element a person can see within the
   * scopes: done(Map name -> {element, rank}), rank being the index of the label that matched
   * (lower wins). Elements in `taken` (already pointed at for another target) are skipped. The
   * matching is done at once; whether the matches are shown is known after the next frame's
   * layout, so no layout is forced (done is not called if signal aborts meanwhile).
   */
  function find(scopes, wanted, taken, signal, done) {
    const state = search(wanted, taken);
    const matches = [];
    if (wanted.length) {
      for (const element of candidatesIn(scopes, state.selector)) {
        match(state, element, (target, rank) => matches.push({ target, element, rank }));
      }
    }
    measured(matches, signal, done);
  }

  /**
   * find() for the whole of root, without a long task: its elements are gone through in slices
   * (bp.pageWalk), in idle time, or one slice per animation frame when everyFrame (the admin
   * waits for the result); whether the matching ones are shown is read from the boxes of the
   * next frame, so no layout is forced. done(result) is called at the end (not if signal aborts).
   */
  function findInSlices(root, wanted, taken, signal, done, { everyFrame = false } = {}) {
    if (!wanted.length) {
      done(new Map());
      return;
    }
    const state = search(wanted, taken);
    const matches = [];
    const visit = (element) => {
      if (!element.matches(state.selector)) {
        return false;
      }
      match(state, element, (target, rank) => matches.push({ target, element, rank }));
      return true;
    };
    const measure = () => measured(matches, signal, done);
    const context = everyFrame ? 'looking for the current step' : 'looking at the whole page';
    bp.pageWalk.walk(root, NodeFilter.SHOW_ELEMENT, visit, measure, { signal, everyFrame, context });
  }

  bp.targetFinder = { find, findInSlices };
})();
