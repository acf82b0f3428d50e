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

  /**
   * A job that runs over several tasks (start(finished) begins it; it calls finished() at its
   * end) and is asked for far more often than it should run: it runs at most every gapMs, never
   * twice at once, and a request while it runs makes it run once more afterwards. Returns the
   * function that asks for it.
   */
  function paced(start, gapMs, signal, context) {
    let running = false;
    let again = false;
    let waiting = false;
    let last = -Infinity;
    function request() {
      if (signal.aborted) {
        return;
      }
      if (running) {
        again = true;
        return;
      }
      const wait = last + gapMs - performance.now();
      if (wait > 0) {
        if (!waiting) {
          waiting = true;
          later(() => {
            waiting = false;
            request();
          }, wait, signal, context);
        }
        return;
      }
      running = true;
      last = performance.now();
      start(() => {
        running = false;
        if (again) {
          again = false;
          request();
        }
      });
    }
    return request;
  }

  bp.lifecycle = { listen, later, every, whenIdle, paced };
})();
