'use strict';
// Nothing the extension does may throw into the console page: every callback runs through
// guard(), which logs a failure once per context and carries on.
(() => {
  const bp = globalThis.billingPilot;
  const logged = new Set();
  let depth = 0;

  function logOnce(context, error) {
    if (logged.has(context)) {
      return;
    }
    logged.add(context);
    console.warn(`billing-pilot: ${context} failed; the page is left as it was.`, error);
  }

  function run(context, fn, self, args) {
    const outermost = depth === 0;
    const started = bp.debugStats ? performance.now() : 0;
    depth += 1;
    try {
      return fn.apply(self, args);
    } catch (error) {
      logOnce(context, error);
      return undefined;
    } finally {
      depth -= 1;
      if (bp.debugStats) {
        bp.debugStats.addBusy(performance.now() - started, context, outermost);
      }
    }
  }

  function guard(context, fn) {
    return function guarded(...args) {
      return run(context, fn, this, args);
    };
  }

  /** Runs an async function and swallows (logs) its rejection. */
  function settle(context, promiseFn) {
    try {
      return Promise.resolve(promiseFn()).catch((error) => logOnce(context, error));
    } catch (error) {
      logOnce(context, error);
      return Promise.resolve();
    }
  }

  bp.safety = { guard, run, logOnce, settle };
})();
