'use strict';
// Points at the current step's element with a ring drawn in the overlay, above the page: the
// page's own elements keep their styles, layout and stacking. The ring follows scrolling and
// resizing, one measurement per animation frame.
(() => {
  const bp = globalThis.billingPilot;
  const PAD = 4;
  const MIN_SIZE = 4;
  const RECHECK_MS = 500;

  /** The box to outline: the element's, or a nearby wrapper's when the element is drawn tiny or
   * invisible (Cloudscape hides the real checkbox input under a styled one). */
  function boxOf(element) {
    let node = element;
    for (let level = 0; node && level < 4; level += 1, node = node.parentElement) {
      const box = node.getBoundingClientRect();
      if (box.width >= MIN_SIZE && box.height >= MIN_SIZE) {
        return box;
      }
    }
    return null;
  }

  function createHighlight(ring, signal) {
    let target = null;
    let announced = null;

    function place() {
      const box = target && target.isConnected ? boxOf(target) : null;
      if (!box) {
        ring.hidden = true;
        return;
      }
      ring.hidden = false;
      ring.style.transform = `translate(${Math.round(box.left - PAD)}px, ${Math.round(box.top - PAD)}px)`;
      ring.style.width = `${Math.round(box.width + 2 * PAD)}px`;
      ring.style.height = `${Math.round(box.height + 2 * PAD)}px`;
      if (announced !== target && bp.debugStats) {
        bp.debugStats.highlighted();
      }
      announced = target;
    }

    function schedule() {
      bp.frame.schedule('highlight', place);
    }

    function show(element) {
      if (element === target) {
        return;
      }
      target = element;
      if (element) {
        const box = boxOf(element);
        if (box && (box.bottom < 0 || box.top > window.innerHeight)) {
          element.scrollIntoView({ block: 'center' });
        }
      }
      place();
    }

    bp.lifecycle.listen(window, 'scroll', schedule, signal, { capture: true, passive: true });
    bp.lifecycle.listen(window, 'resize', schedule, signal, { passive: true });
    // Layout can shift without a scroll (a section expands): a cheap recheck while pointing.
    bp.lifecycle.every(() => {
      if (target) {
        schedule();
      }
    }, RECHECK_MS, signal, 'placing the highlight');

    return { show, refresh: schedule, get target() { return target; } };
  }

  bp.createHighlight = createHighlight;
})();
