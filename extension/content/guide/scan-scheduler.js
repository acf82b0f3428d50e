'use strict';
// When and where the page guide looks for its targets: the one home of its pacing.
// - While the current step's control is missing (or found only by a lesser label), every DOM
//   change is followed frame by frame, and what it added or changed is searched.
// - While it is on the page, the page is only watched: at most every PACE.watchMs the found
//   elements are checked (still on the page, still shown, same text), and nothing else is read.
// - The whole page is looked at, in idle slices, at the start, when a found element was lost,
//   when changes were too many to follow, and when following starts again after watching (then
//   first for the current step's control alone, a slice per frame).
// - After the admin clicks or types, the guide looks again at once and when the page settled.
(() => {
  const bp = globalThis.billingPilot;
  const PACE = {
    // While watching: how soon a hidden or rewritten element is noticed (one that leaves the page is noticed at once).
    watchMs: 250,
    // Looks at the whole page start at most this often.
    fullScanGapMs: 500,
    // A re-render often settles this long after the click that caused it.
    settleMs: 150,
    // What the admin's click or typing brings up (a dialog, a section) is followed this long.
    followAfterActionMs: 2000,
    // A changed node with more text than this is not searched by itself: the whole page is, in slices.
    maxScopeText: 20000,
    // Where a control left or changed, its surroundings are searched at once if they hold no more controls than this.
    maxNearbyControls: 200,
  };
  const CONTROLS = Object.values(bp.controlLabels.KIND_SELECTORS).join(', ');

  /**
   * registry: bp.createTargetRegistry; targets: all of the page's targets (their labels decide
   * which label elements are worth indexing); urgent(wanted): the wanted targets the admin needs
   * now; found(): the targets changed (the guide refreshes, then calls pace()).
   */
  function createScanScheduler({ registry, targets, urgent, found, signal }) {
    let following = true;
    let actedAt = -Infinity;
    let currentScanning = null;

    /** Looks at the whole page in idle slices, at most every PACE.fullScanGapMs. */
    const fullScan = bp.lifecycle.paced((finished) => {
      bp.targetFinder.findInSlices(document.documentElement, registry.wanted(), registry.taken(), signal, (result) => {
        finished();
        if (bp.debugStats) {
          bp.debugStats.lookedAtWholePage();
        }
        if (registry.accept(result)) {
          found();
        }
      });
    }, PACE.fullScanGapMs, signal, 'looking at the whole page');

    /**
     * Looks at the whole page for what the admin needs now only, a slice per frame. A new call
     * replaces a look still under way (its candidates were collected before the latest changes).
     */
    function currentScan() {
      const wanted = urgent(registry.wanted());
      if (currentScanning) {
        currentScanning.abort();
      }
      if (!wanted.length) {
        return;
      }
      const scanning = new AbortController();
      currentScanning = scanning;
      signal.addEventListener('abort', () => scanning.abort(), { once: true });
      bp.targetFinder.findInSlices(document.documentElement, wanted, registry.taken(), scanning.signal, (result) => {
        currentScanning = null;
        if (registry.accept(result)) {
          found();
        }
      }, { everyFrame: true });
    }

    /**
     * Searches these parts of the page; found() once a target moved. Whether a match is shown is
     * read from the boxes of the frame being prepared, so the answer comes after that frame.
     */
    function scan(scopes, wanted) {
      if (!scopes.length || !wanted.length) {
        return;
      }
      bp.targetFinder.find(scopes, wanted, registry.taken(), signal, (result) => {
        if (registry.accept(result)) {
          found();
        }
      });
    }

    /** Searches what a batch added or changed (the whole page, in slices, when it is too much). */
    function scanChanged(nodes, wanted) {
      const outer = bp.domWatcher.outermost(nodes);
      const raw = outer.map((node) => node.textContent || '');
      if (raw.some((text) => text.length > PACE.maxScopeText)) {
        fullScan();
        return;
      }
      const texts = raw.map(bp.text.normalize);
      // Only labels that name something on this page are worth indexing.
      bp.controlLabels.indexLabels(outer.filter((node, index) => bp.scanScopes.mentions(texts[index], targets)));
      scan(bp.scanScopes.scopesFor(outer, texts, wanted, CONTROLS), wanted);
    }

    /** A control whose text changed in place, noticed by the page itself: looked at as if it were new. */
    function recheck(element) {
      if (registry.forget(element)) {
        found();
      }
      scan([element], registry.wanted());
    }

    /** One batch of the DOM watcher (see bp.domWatcher.start); pages may pass {added} alone. */
    function onBatch(batch) {
      const addedNodes = batch.added || [];
      const changedNodes = batch.changed || [];
      const checked = registry.check();
      const wanted = registry.wanted();
      if ((checked.rewritten.length || checked.homes.length) && wanted.length) {
        // Where a control changed in place or left: what replaces it is most likely nearby.
        const places = [...checked.rewritten.map(bp.scanScopes.wrapperAround), ...checked.homes]
          .filter((place) => place !== document.documentElement && place !== document.body
            && place.querySelectorAll(CONTROLS).length <= PACE.maxNearbyControls);
        scan(places, wanted);
      }
      if (checked.lost || batch.overflowed) {
        fullScan();
      }
      if (!batch.watching && wanted.length && (addedNodes.length || changedNodes.length)) {
        scanChanged([...addedNodes, ...changedNodes], wanted);
      }
      if (checked.changed) {
        found();
      } else {
        pace();
      }
    }

    /** Follows every change or only watches, as the current step needs; called after each refresh. */
    function pace() {
      const acting = performance.now() - actedAt < PACE.followAfterActionMs;
      const waiting = urgent(registry.wanted()).length > 0;
      const needed = acting || waiting;
      if (!waiting && currentScanning) {
        // What the admin needs was found meanwhile (in what a change added): no more frames for it.
        currentScanning.abort();
        currentScanning = null;
      }
      if (needed && !following) {
        following = true;
        bp.domWatcher.follow();
        // Changes were not recorded while watching: what the admin needs may have arrived
        // meanwhile. Looked for at once, frame by frame; the rest of the page in idle time.
        currentScan();
        fullScan();
      } else if (!needed && following) {
        following = false;
        bp.domWatcher.watch(PACE.watchMs, [...registry.taken()]);
      }
    }

    /** The admin acted: refresh now and once the page settled. */
    function afterAdminEvent(refresh) {
      actedAt = performance.now();
      refresh();
      bp.lifecycle.later(refresh, PACE.settleMs, signal, 'following the admin');
      // Back to watching once the admin's action had its effect.
      bp.lifecycle.later(pace, PACE.followAfterActionMs, signal, 'following the admin');
    }

    signal.addEventListener('abort', () => bp.domWatcher.follow(), { once: true });

    /**
     * The first look, from the next frame on: the label index (one query of the page), then the
     * current step's control frame by frame, the rest in idle slices.
     */
    function start() {
      bp.frame.schedule('starting the guide', () => {
        bp.controlLabels.indexLabels([document.documentElement]);
        currentScan();
        fullScan();
      });
    }

    return { start, onBatch, pace, afterAdminEvent, recheck };
  }

  bp.createScanScheduler = createScanScheduler;
})();
