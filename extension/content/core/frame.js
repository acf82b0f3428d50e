'use strict';
// Work caused by DOM changes, scrolling or events is batched into the next animation frame:
// each key runs once per frame however often it was asked for.
(() => {
  const bp = globalThis.billingPilot;
  const tasks = new Map();
  let requested = false;

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

  bp.frame = { schedule };
})();
