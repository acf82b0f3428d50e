'use strict';
// Goes through every node of a kind under a root without a long task: a slice of a few
// milliseconds at a time, in the browser's idle time or one per animation frame. A console page
// holds tens of thousands of elements; reading them in one go (a querySelectorAll with a long
// selector, the text of the whole body) takes longer than a frame on a slow machine.
(() => {
  const bp = globalThis.billingPilot;
  // A slice takes at most SLICE_MS of idle time, and at least MIN_SLICE_MS when the page leaves
  // little idle time (so that a walk ends within seconds on a busy page). Well under a frame: a
  // garbage collection or the machine's other work may lengthen a slice.
  const SLICE_MS = 5;
  const MIN_SLICE_MS = 3;
  // The clock is read every this many nodes, and after each visit that did real work.
  const CLOCK_EVERY = 32;

  function sliceMs(deadline) {
    const idle = deadline && !deadline.didTimeout ? deadline.timeRemaining() : SLICE_MS;
    return Math.max(MIN_SLICE_MS, Math.min(SLICE_MS, idle));
  }

  /**
   * Calls visit(node) for each node under root (root excluded) that whatToShow (a NodeFilter
   * mask) shows, in document order, then done(). visit returns true when it did costly work, so
   * that the slice's time is checked at once. Slices run in idle time, or one per animation
   * frame when everyFrame (someone waits for the result). Nothing more is called once signal
   * aborts.
   *
   * The page may change between slices. A walk loses its place only when the node it stopped at
   * left the page; it then starts again from the root, skipping the nodes it already visited.
   */
  function walk(root, whatToShow, visit, done, { signal, everyFrame = false, context = 'looking at the whole page' }) {
    let walker = document.createTreeWalker(root, whatToShow);
    const visited = new WeakSet();
    const next = (slice) => (everyFrame
      ? bp.frame.schedule(context, () => slice(null))
      : bp.lifecycle.whenIdle(slice, signal, context));

    const slice = (deadline) => {
      if (signal.aborted) {
        return;
      }
      if (!root.isConnected) {
        done();
        return;
      }
      if (walker.currentNode !== root && !walker.currentNode.isConnected) {
        walker = document.createTreeWalker(root, whatToShow);
      }
      const end = performance.now() + sliceMs(deadline);
      let count = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        let worked = false;
        if (!visited.has(node)) {
          visited.add(node);
          worked = visit(node) === true;
        }
        count += 1;
        if ((worked || count % CLOCK_EVERY === 0) && performance.now() >= end) {
          next(slice);
          return;
        }
      }
      done();
    };
    next(slice);
  }

  bp.pageWalk = { walk };
})();
