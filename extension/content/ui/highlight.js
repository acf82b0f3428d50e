'use strict';
// Points at the current step's element with a ring drawn in the overlay, above the page: the
// page's own elements keep their styles, layout and stacking. Boxes are read only once the
// browser laid the page out for a frame (bp.frame.afterLayout), so no layout is ever forced:
// a newly found element's box comes from the finder's own measurement, and following it (on
// scroll, resize, and a slow recheck) measures in the next frame. The panel is told where the ring and the action
// buttons of the target's section (or dialog) are, so it can move off them.
(() => {
  const bp = globalThis.billingPilot;
  const PAD = 4;
  const MIN_SIZE = 4;
  const RECHECK_MS = 1000;
  const WRAPPER_LEVELS = 3;
  // The target's section: the nearest ancestor (this many levels up at most) holding a heading, or its dialog.
  const SECTION_LEVELS = 12;
  const SECTION = '[role="dialog"], [role="alertdialog"], dialog, [aria-modal="true"]';
  const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
  const ACTIONS = 'button, [role="button"], input[type="submit" i], input[type="button" i]';
  const MAX_ACTIONS = 12;

  /** The buttons of the section or dialog the element sits in, which the panel must not cover. */
  function actionsNear(element) {
    let section = element.closest(SECTION);
    for (let node = element.parentElement, level = 0; !section && node && node !== document.body && level < SECTION_LEVELS;
      node = node.parentElement, level += 1) {
      if (node.querySelector(HEADING)) {
        section = node;
      }
    }
    if (!section) {
      return [];
    }
    // The first few in document order, without collecting all of them: the section may be a whole
    // page holding a table with a button on each of its thousands of rows.
    const found = [];
    const walker = document.createTreeWalker(section, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node && found.length < MAX_ACTIONS; node = walker.nextNode()) {
      if (node !== element && node.matches(ACTIONS)) {
        found.push(node);
      }
    }
    return found;
  }

  function createHighlight(panel, signal) {
    const ring = panel.ring;
    let target = null;
    let announced = null;
    let measuring = false;
    let measureAgain = false;
    let scrollIntoView = false;
    let drawn = '';
    let actions = [];

    /** The element and a few wrappers: Cloudscape draws a tiny or invisible real checkbox. */
    function chainOf(element) {
      const chain = [element];
      for (let node = element.parentElement; node && chain.length <= WRAPPER_LEVELS; node = node.parentElement) {
        chain.push(node);
      }
      return chain;
    }

    function draw(box, actionBoxes = []) {
      if (!box) {
        ring.hidden = true;
        drawn = '';
        panel.avoid([]);
        return;
      }
      panel.avoid([box, ...actionBoxes.filter((rect) => rect.width > 0 && rect.height > 0)]);
      const placed = [box.left - PAD, box.top - PAD, box.width + 2 * PAD, box.height + 2 * PAD].map(Math.round);
      if (placed.join() !== drawn) {
        drawn = placed.join();
        ring.hidden = false;
        ring.style.transform = `translate(${placed[0]}px, ${placed[1]}px)`;
        ring.style.width = `${placed[2]}px`;
        ring.style.height = `${placed[3]}px`;
      }
      if (announced !== target && bp.debugStats) {
        bp.debugStats.highlighted();
      }
      announced = target;
    }

    function measured(element, chain) {
      if (element !== target || !element.isConnected) {
        return;
      }
      const actionBoxes = actions.filter((node) => node.isConnected).map((node) => node.getBoundingClientRect());
      const box = chain.map((node) => node.getBoundingClientRect()).find((rect) => rect.width >= MIN_SIZE && rect.height >= MIN_SIZE);
      if (scrollIntoView && box && (box.bottom < 0 || box.top > window.innerHeight)) {
        scrollIntoView = false;
        element.scrollIntoView({ block: 'center' });
        measureAgain = true;
        return;
      }
      scrollIntoView = false;
      draw(box, actionBoxes);
    }

    function place() {
      if (signal.aborted) {
        return;
      }
      if (!target || !target.isConnected) {
        draw(null);
        return;
      }
      if (measuring) {
        measureAgain = true;
        return;
      }
      measuring = true;
      const element = target;
      const chain = chainOf(element);
      bp.frame.afterLayout('placing the highlight', () => {
        measuring = false;
        if (signal.aborted) {
          return;
        }
        measured(element, chain);
        if (measureAgain) {
          measureAgain = false;
          place();
        }
      });
    }

    /**
     * A new element: when it was found from the boxes of the frame just drawn (the finder measures
     * what it finds), the ring is drawn at once, and the section's buttons are measured for the
     * next frame; otherwise everything is measured for the next frame. Reading a box here
     * instead would force a layout of the whole console page, which on a large page takes longer
     * than a frame. An element off the screen is scrolled to.
     */
    function show(element) {
      if (element === target) {
        return;
      }
      target = element;
      actions = element ? actionsNear(element) : [];
      panel.keepAbove(element);
      if (!element) {
        draw(null);
        return;
      }
      const boxes = chainOf(element).map(bp.visibility.measuredBox);
      const box = boxes.every(Boolean) ? boxes.find((rect) => rect.width >= MIN_SIZE && rect.height >= MIN_SIZE) : undefined;
      if (box && box.bottom >= 0 && box.top <= window.innerHeight) {
        draw(box);
      } else {
        scrollIntoView = true;
      }
      place();
    }

    bp.lifecycle.listen(window, 'scroll', place, signal, { capture: true, passive: true });
    bp.lifecycle.listen(window, 'resize', place, signal, { passive: true });
    // Layout can shift without a scroll (a section expands): a slow recheck while pointing.
    bp.lifecycle.every(() => {
      if (target) {
        place();
      }
    }, RECHECK_MS, signal, 'following the highlighted element');
    signal.addEventListener('abort', () => draw(null), { once: true });

    return { show };
  }

  bp.createHighlight = createHighlight;
})();
