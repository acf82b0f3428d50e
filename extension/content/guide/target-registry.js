'use strict';
// The elements the guide currently points at, and their data-billing-pilot-target marks. When
// the console re-renders and replaces a marked node, the entry is dropped and the finder marks
// the new node; a later-found element with a better label (an earlier one in the table's list)
// takes the target over.
(() => {
  const bp = globalThis.billingPilot;
  const ATTRIBUTE = 'data-billing-pilot-target';

  // Reading the mark back on every DOM change would cost more than a stripped mark, which is rare.
  const MARK_CHECK_EVERY_MS = 1000;
  // Where a lost element's replacement is looked for first: its nearest ancestor still on the
  // page, this many levels up at most.
  const HOME_LEVELS = 4;

  function ancestorsOf(element) {
    const chain = [];
    for (let node = element.parentElement; node && chain.length < HOME_LEVELS; node = node.parentElement) {
      chain.push(node);
    }
    return chain;
  }

  /** What a control says itself (not what a person types into it): compared to notice text changed in place. */
  function ownText(element) {
    const typed = element.tagName === 'INPUT' || element.tagName === 'TEXTAREA';
    return `${typed ? element.type : element.textContent}|${element.getAttribute('aria-label') || ''}`;
  }

  /** targets: from bp.labelTable; those with marked: false (the S3 policy editor, the dialog's buttons) are followed but not marked. */
  function createTargetRegistry(targets) {
    const marked = new Set(targets.filter((target) => target.marked !== false).map((target) => target.name));
    const entries = new Map();
    let marksCheckedAt = 0;

    function unmark(name) {
      const entry = entries.get(name);
      if (entry && marked.has(name) && entry.element.getAttribute(ATTRIBUTE) === name) {
        entry.element.removeAttribute(ATTRIBUTE);
      }
      entries.delete(name);
    }

    function mark(name, element) {
      if (marked.has(name) && element.getAttribute(ATTRIBUTE) !== name) {
        element.setAttribute(ATTRIBUTE, name);
      }
    }

    /**
     * Drops targets whose element left the page, is no longer shown, or whose own text changed
     * in place (a "Next" that became "Save" on the same node); restores a mark a re-render
     * stripped. Returns {changed, lost, rewritten, homes}: whether anything was dropped, whether
     * an element left or was hidden, the elements whose text changed, and the nearest ancestor
     * still on the page of those that left (where their replacement most likely is).
     */
    function check() {
      const result = { changed: false, lost: false, rewritten: [], homes: [] };
      const now = performance.now();
      const checkMarks = now - marksCheckedAt > MARK_CHECK_EVERY_MS;
      if (checkMarks) {
        marksCheckedAt = now;
      }
      for (const [name, entry] of [...entries]) {
        if (!entry.element.isConnected || !bp.visibility.styleShown(entry.element)) {
          const home = entry.element.isConnected ? null : entry.ancestors.find((node) => node.isConnected);
          if (home) {
            result.homes.push(home);
          }
          unmark(name);
          result.changed = true;
          result.lost = true;
        } else if (ownText(entry.element) !== entry.text) {
          unmark(name);
          result.changed = true;
          result.rewritten.push(entry.element);
        } else if (checkMarks) {
          mark(name, entry.element);
        }
      }
      return result;
    }

    /** Targets not found yet, or found only by a later label of their list. */
    function wanted() {
      return targets.filter((target) => {
        const entry = entries.get(target.name);
        return !entry || entry.rank > 0;
      });
    }

    /** Takes the finder's results; true if any target moved to another element. */
    function accept(found) {
      let changed = false;
      for (const [name, { element, rank }] of found) {
        const current = entries.get(name);
        if ((current && current.element === element) || !element.isConnected) {
          continue;
        }
        if (current && current.element.isConnected && current.rank <= rank) {
          continue;
        }
        if (takenBy(element)) {
          continue;
        }
        unmark(name);
        entries.set(name, { element, rank, text: ownText(element), ancestors: ancestorsOf(element) });
        mark(name, element);
        changed = true;
      }
      return changed;
    }

    function takenBy(element) {
      for (const [name, entry] of entries) {
        if (entry.element === element) {
          return name;
        }
      }
      return null;
    }

    /** The target name of the marked element that contains node, or null. */
    function targetOf(node) {
      for (const [name, entry] of entries) {
        if (entry.element === node || entry.element.contains(node)) {
          return name;
        }
      }
      return null;
    }

    function taken() {
      return new Set([...entries.values()].map((entry) => entry.element));
    }

    function element(name) {
      const entry = entries.get(name);
      return entry && entry.element.isConnected ? entry.element : null;
    }

    /** Lets go of the target held by this element (its text changed in place): it is looked for afresh. */
    function forget(element) {
      const name = takenBy(element);
      if (name) {
        unmark(name);
      }
      return Boolean(name);
    }

    function clear() {
      for (const name of [...entries.keys()]) {
        unmark(name);
      }
    }

    return { check, wanted, accept, targetOf, taken, element, forget, clear };
  }

  bp.createTargetRegistry = createTargetRegistry;
})();
