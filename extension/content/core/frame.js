'use strict';
// The two moments of a frame the extension works in:
// - schedule: work caused by DOM changes, scrolling or events is batched into the next animation
//   frame, before the browser's style and layout: each key runs once per frame however often it
//   was asked for;
// - afterLayout: reading boxes waits until the browser laid the page out for the next frame (the
//   moment ResizeObserver callbacks run), so it never forces a layout of its own. On a console
//   page of tens of thousands of elements that changes all the time, one forced layout takes
//   longer than a frame.
(() => {
  const bp = globalThis.billingPilot;
  const tasks = new Map();
  let requested = false;
  // A tab in the background draws no frames: after this long, the waiting reads run anyway.
  const AFTER_LAYOUT_WAIT_MS = 1000;
  let afterLayoutTasks = [];
  let layoutFallback = null;
  let watching = false;

  function flush() {
    requested = false;
    const due = [...tasks.entries()];
    tasks.clear();
    for (const [key, task] of due) {
      bp.safety.run(key, task, null, []);
    }
  }

  function schedule(key, task) {
    tasks.set(key, task);
    if (!requested) {
      requested = true;
      requestAnimationFrame(bp.safety.guard('animation frame', flush));
    }
  }

  function flushAfterLayout() {
    if (!watching) {
      return;
    }
    watching = false;
    layoutWatch.unobserve(document.documentElement);
    clearTimeout(layoutFallback);
    const due = afterLayoutTasks;
    afterLayoutTasks = [];
    for (const { context, task } of due) {
      bp.safety.run(context, task, null, []);
    }
  }

  /** Runs task once the page is laid out for the next frame; every call runs, in call order. */
  function afterLayout(context, task) {
    afterLayoutTasks.push({ context, task });
    if (watching) {
      return;
    }
    watching = true;
    // A new observation is reported in the next frame, right after layout (the root element
    // always has a size, so the report always comes).
    layoutWatch.observe(document.documentElement);
    layoutFallback = setTimeout(bp.safety.guard('after layout', flushAfterLayout), AFTER_LAYOUT_WAIT_MS);
  }

  // Created when the content script starts, before most of the console's own observers: the
  // browser calls observers in the order they were created, so this one runs right after the
  // layout, before the page's observers change the page again.
  const layoutWatch = new ResizeObserver(bp.safety.guard('after layout', flushAfterLayout));

  bp.frame = { schedule, afterLayout };
})();
