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

  function ownNode(node) {
    return node.nodeType === Node.ELEMENT_NODE && node.id === 'billing-pilot-overlay';
  }

  /** The added nodes still on the page, without those inside another added node. */
  function outermost(nodes) {
    const set = new Set(nodes);
    return nodes.filter((node) => {
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
    const batch = { added: outermost([...new Set(added)]), overflowed };
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
    bp.frame.schedule('dom changes', flush);
  }

  /** Calls onBatch({added, overflowed}) once per frame after DOM changes. */
  function start(onBatch) {
    listener = onBatch;
    const observer = new MutationObserver(bp.safety.guard('watching the page', onMutations));
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }

  bp.domWatcher = { start };
})();
