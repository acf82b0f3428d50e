'use strict';
// One MutationObserver for the whole page, in one of two modes (see bp.createScanScheduler):
// - following: every change is reported once per animation frame with the nodes it added and the
//   elements whose text or state changed, so a control the admin waits for is found at once;
// - watching: changes are only counted; at most once per pace the watcher reports that something
//   changed, without nodes, and the observer sleeps in between, so a page that changes all the
//   time costs a callback or two per pace. Only a found control leaving the page ends the sleep
//   at once: a second observer watches the child lists along each found control's ancestors,
//   which a busy page elsewhere (a table re-rendering its rows) never touches.
(() => {
  const bp = globalThis.billingPilot;
  // More changes in one frame than this: the batch says 'overflowed' instead of listing them.
  const MAX_NODES = 300;
  // Attributes that show, hide, enable or disable a control in place.
  const STATE_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'inert', 'aria-hidden', 'aria-modal', 'disabled', 'aria-disabled'];
  const OPTIONS = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: STATE_ATTRIBUTES };

  let observer = null;
  let listener = null;
  let added = [];
  let changed = [];
  let overflowed = false;
  // null: following; else the pace in milliseconds of watching.
  let watchPaceMs = null;
  let sleeping = false;
  let sleepTimer = null;
  // While watching: the found controls whose leaving ends the sleep at once.
  let guarded = [];
  let departures = null;

  function ownNode(node) {
    return node.nodeType === Node.ELEMENT_NODE && node.id === 'billing-pilot-overlay';
  }

  /** The nodes still on the page, without those inside another one of them. */
  function outermost(nodes) {
    const set = new Set(nodes);
    return [...set].filter((node) => {
      if (!node.isConnected) {
        return false;
      }
      for (let parent = node.parentNode, depth = 0; parent && depth < 40; parent = parent.parentNode, depth += 1) {
        if (set.has(parent)) {
          return false;
        }
      }
      return true;
    });
  }

  function keep(list, node) {
    if (added.length + changed.length < MAX_NODES) {
      list.push(node);
    } else {
      overflowed = true;
    }
  }

  function flush() {
    const batch = { added, changed, overflowed, watching: false };
    added = [];
    changed = [];
    overflowed = false;
    if (listener) {
      listener(batch);
    }
  }

  function record(records) {
    for (const item of records) {
      if (item.type === 'childList') {
        for (const node of item.addedNodes) {
          if (!ownNode(node)) {
            keep(added, node);
          }
        }
      } else {
        const element = item.type === 'characterData' ? item.target.parentElement : item.target;
        if (element && !ownNode(element) && !(element.closest && element.closest('#billing-pilot-overlay'))) {
          keep(changed, element);
        }
      }
    }
  }

  function onMutations(records) {
    if (watchPaceMs === null) {
      record(records);
      bp.frame.schedule('dom changes', flush);
      return;
    }
    // Watching: sleep until the pace is over, then report that something changed.
    observer.disconnect();
    sleeping = true;
    sleepTimer = setTimeout(bp.safety.guard('watching the page', wake), watchPaceMs);
  }

  function wake() {
    if (!sleeping) {
      return;
    }
    sleeping = false;
    clearTimeout(sleepTimer);
    observer.observe(document.documentElement, OPTIONS);
    if (listener) {
      listener({ added: [], changed: [], overflowed: false, watching: true });
    }
  }

  function onDeparture() {
    if (watchPaceMs === null || guarded.every((element) => element.isConnected)) {
      return;
    }
    if (sleeping) {
      wake();
    } else if (listener) {
      listener({ added: [], changed: [], overflowed: false, watching: true });
    }
  }

  /** Observes the child lists along each element's ancestors: removing it or any ancestor is seen. */
  function guard(elements) {
    if (!departures) {
      departures = new MutationObserver(bp.safety.guard('watching the page', onDeparture));
    }
    departures.disconnect();
    guarded = elements.filter((element) => element.isConnected);
    const parents = new Set();
    for (const element of guarded) {
      for (let node = element.parentNode; node && node !== document; node = node.parentNode) {
        if (parents.has(node)) {
          break;
        }
        parents.add(node);
      }
    }
    parents.forEach((node) => departures.observe(node, { childList: true }));
  }

  /** Follow every change, frame by frame. */
  function follow() {
    watchPaceMs = null;
    guarded = [];
    if (departures) {
      departures.disconnect();
    }
    if (sleeping) {
      // What happened while asleep was not recorded: the batch says so.
      sleeping = false;
      observer.observe(document.documentElement, OPTIONS);
      overflowed = true;
      bp.frame.schedule('dom changes', flush);
    }
  }

  /**
   * Only watch: report that something changed at most every paceMs, without nodes, and at once
   * when one of the found elements leaves the page.
   */
  function watch(paceMs, found = []) {
    watchPaceMs = paceMs;
    added = [];
    changed = [];
    overflowed = false;
    guard(found);
  }

  /**
   * Calls onBatch({added, changed, overflowed, watching}) after DOM changes: while following,
   * once per frame with the nodes added and the elements whose text or state changed since the
   * last batch (some may have left the page again, or sit inside others: see outermost); while
   * watching, at most once per pace, with no nodes.
   */
  function start(onBatch) {
    listener = onBatch;
    observer = new MutationObserver(bp.safety.guard('watching the page', onMutations));
    observer.observe(document.documentElement, OPTIONS);
  }

  bp.domWatcher = { start, outermost, follow, watch };
})();
