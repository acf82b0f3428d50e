'use strict';
// One MutationObserver for the whole page. Its callback only remembers which nodes were added;
// the work happens once per animation frame, on those nodes only, so a page that changes all
// the time costs little when nothing relevant changed.
(() => {
  const bp = globalThis.billingPilot;
  const MAX_ADDED = 300;
  let added = [];
  let overflowed = false;
  let listener = null;
  // How often batches may run: every frame while the admin waits for something to appear,
  // less often when the page only needs watching (see setPace).
  let paceMs = 0;
  let lastFlush = 0;
  let waiting = false;

  function ownNode(node) {
    return node.nodeType === Node.ELEMENT_NODE && node.id === 'billing-pilot-overlay';
  }

  /** The added nodes still on the page, without those inside another added node. */
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

  function flush() {
    lastFlush = performance.now();
    const batch = { added: [...new Set(added)], overflowed };
    added = [];
    overflowed = false;
    if (listener) {
      listener(batch);
    }
  }

  function onMutations(records) {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (ownNode(node)) {
          continue;
        }
        if (added.length < MAX_ADDED) {
          added.push(node);
        } else {
          overflowed = true;
        }
      }
    }
    requestFlush();
  }

  function requestFlush() {
    const wait = lastFlush + paceMs - performance.now();
    if (wait <= 0) {
      bp.frame.schedule('dom changes', flush);
    } else if (!waiting) {
      waiting = true;
      setTimeout(bp.safety.guard('watching the page', () => {
        waiting = false;
        bp.frame.schedule('dom changes', flush);
      }), wait);
    }
  }

  /** Batches at most every ms milliseconds (0: every animation frame). */
  function setPace(ms) {
    paceMs = ms;
  }

  /**
   * Calls onBatch({added, overflowed}) once per frame after DOM changes: the nodes added since
   * the last batch (some may have left the page again, or sit inside others: see outermost).
   */
  function start(onBatch) {
    listener = onBatch;
    const observer = new MutationObserver(bp.safety.guard('watching the page', onMutations));
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }

  bp.domWatcher = { start, outermost, setPace };
})();
