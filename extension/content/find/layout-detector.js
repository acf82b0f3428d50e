'use strict';
// Which layout a page shows (the Billing Preferences layouts A, B, C in the label table; an
// export page), told apart by texts that appear in one layout only. The page's text is read
// text node by text node in idle slices (bp.pageWalk): the console's pages are large, and
// reading a whole body's text at once costs a frame.
(() => {
  const bp = globalThis.billingPilot;
  const NOT_SHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  // Looks at the whole page start at most this often (DOM changes ask for one every frame).
  const LOOK_GAP_MS = 500;
  // A page that renders late is looked at again this often even without DOM changes.
  const RETRY_MS = 1000;

  /**
   * Finds needles (normalised texts) in a text that arrives in pieces, in document order, as
   * element.textContent joins them: a needle split across two pieces, or across two add() calls,
   * is found too.
   */
  function createTextMatcher(needles) {
    const longest = Math.max(0, ...needles.map((needle) => needle.length));
    const found = new Set();
    let tail = '';
    return {
      add(pieces) {
        const raw = tail + pieces.join('');
        const text = bp.text.normalize(raw);
        for (const needle of needles) {
          if (!found.has(needle) && text.includes(needle)) {
            found.add(needle);
          }
        }
        // Runs of white space read as one space: the collapsed end is what a needle begun here needs.
        tail = raw.replace(/\s+/g, ' ').slice(-longest);
      },
      has: (needle) => found.has(needle),
    };
  }

  /** The first of layouts (in their order) one of whose detect texts the matcher saw, or null. */
  function firstSeen(layouts, matcher) {
    return layouts.find((layout) => layout.detect.some((needle) => matcher.has(needle))) || null;
  }

  /** Reads the text root shows, in idle slices, then calls done(layout or null) as firstSeen does. */
  function detect(layouts, root, signal, done) {
    const matcher = createTextMatcher(layouts.flatMap((layout) => layout.detect));
    let pieces = [];
    const flush = () => {
      matcher.add(pieces);
      pieces = [];
    };
    bp.pageWalk.walk(root, NodeFilter.SHOW_TEXT, (node) => {
      if (!node.parentElement || !NOT_SHOWN.has(node.parentElement.tagName)) {
        pieces.push(node.data);
      }
      if (pieces.length >= 256) {
        flush();
        return true;
      }
      return false;
    }, () => {
      flush();
      done(firstSeen(layouts, matcher));
    }, { signal, context: 'detecting the layout' });
  }

  /**
   * Waits until the page shows one of layouts, then calls found(layout) once. Looks at the whole
   * page at the start, after DOM changes (at most every LOOK_GAP_MS) and every RETRY_MS; after
   * each look that found nothing, missed() is called. Returns {changed()} for the page's DOM
   * watcher batches.
   */
  function waitFor(layouts, signal, found, missed = () => {}) {
    const waiting = new AbortController();
    signal.addEventListener('abort', () => waiting.abort(), { once: true });
    const look = bp.lifecycle.paced((finished) => {
      detect(layouts, document.body || document.documentElement, waiting.signal, (layout) => {
        if (layout) {
          waiting.abort();
          // Starting the page's guide is a task of its own, not the end of the last slice.
          bp.frame.schedule('starting the guide', () => found(layout));
          return;
        }
        finished();
        missed();
      });
    }, LOOK_GAP_MS, waiting.signal, 'detecting the layout');

    bp.lifecycle.every(look, RETRY_MS, waiting.signal, 'detecting the layout');
    look();
    return { changed: look };
  }

  bp.layoutDetector = { createTextMatcher, waitFor };
})();
