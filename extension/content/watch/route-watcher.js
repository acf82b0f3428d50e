'use strict';
// The console is a single-page app: hash routes and history changes swap whole views without a
// page load. onChange runs after every hashchange and popstate, and when a DOM batch finds the
// URL changed (pushState cannot be observed from an isolated world).
(() => {
  const bp = globalThis.billingPilot;
  let lastUrl = location.href;
  let listener = null;

  function check() {
    if (location.href !== lastUrl) {
      lastUrl = location.href;
      listener();
    }
  }

  function start(onChange) {
    listener = onChange;
    window.addEventListener('hashchange', bp.safety.guard('following the route', check));
    window.addEventListener('popstate', bp.safety.guard('following the route', check));
  }

  bp.routeWatcher = { start, check };
})();
