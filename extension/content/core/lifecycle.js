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

  bp.lifecycle = { listen, later, every };
})();
