'use strict';
// Each page feature lives as long as one AbortSignal: listeners and timers registered through
// these helpers go away when the console navigates and the feature is aborted.
(() => {
  const bp = globalThis.billingPilot;

  function listen(target, type, handler, signal, options = {}) {
    target.addEventListener(type, bp.safety.guard(`${type} listener`, handler), { ...options, signal });
  }

  function later(fn, ms, signal, context = 'timer') {
    if (signal.aborted) {
      return;
    }
    const id = setTimeout(bp.safety.guard(context, fn), ms);
    signal.addEventListener('abort', () => clearTimeout(id), { once: true });
  }

  function every(fn, ms, signal, context = 'timer') {
    if (signal.aborted) {
      return;
    }
    const id = setInterval(bp.safety.guard(context, fn), ms);
    signal.addEventListener('abort', () => clearInterval(id), { once: true });
  }

  // An idle callback waits at most this long for the browser to be idle.
  const IDLE_TIMEOUT_MS = 200;

  /** Runs fn(deadline) when the browser is idle (deadline null where idle callbacks do not exist). */
  function whenIdle(fn, signal, context = 'idle task') {
    if (signal && signal.aborted) {
      return;
    }
    const guarded = bp.safety.guard(context, (deadline) => {
      if (!signal || !signal.aborted) {
        fn(deadline);
      }
    });
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(guarded, { timeout: IDLE_TIMEOUT_MS });
    } else {
      setTimeout(() => guarded(null), 0);
    }
  }

  bp.lifecycle = { listen, later, every, whenIdle };
})();
