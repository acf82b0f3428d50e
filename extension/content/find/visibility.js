'use strict';
// Whether a person can see a control: the guide marks, rings and fills only those. Not shown:
// anything under display:none, visibility:hidden, content-visibility:hidden, the hidden
// attribute or aria-hidden, inside an inert subtree or a closed <dialog>, or in a container
// that has no size and clips what overflows it.
(() => {
  const bp = globalThis.billingPilot;
  const HIDDEN = '[hidden], [aria-hidden="true"], template, [inert], dialog:not([open])';
  const MAX_CLIP_LEVELS = 12;

  /** The cheap part, without layout: styles and attributes only. */
  function styleShown(element) {
    if (!element.isConnected || element.closest(HIDDEN)) {
      return false;
    }
    return typeof element.checkVisibility === 'function'
      ? element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false })
      : element.getClientRects().length > 0;
  }

  function zeroSize(rect) {
    return rect.width === 0 || rect.height === 0;
  }

  /** The element's parent and the ancestors whose boxes decide whether it is clipped away. */
  function ancestorsToMeasure(element) {
    const chain = [];
    for (let node = element.parentElement; node && node !== document.body && chain.length < MAX_CLIP_LEVELS; node = node.parentElement) {
      chain.push(node);
    }
    return chain;
  }

  /** A zero-size ancestor that clips its content hides the control (a collapsed section, say). */
  function clippedAway(element, boxOf) {
    return ancestorsToMeasure(element).some((node) => {
      if (!zeroSize(boxOf(node))) {
        return false;
      }
      const style = getComputedStyle(node);
      return style.overflowX !== 'visible' || style.overflowY !== 'visible';
    });
  }

  /**
   * Shown to a person, given how to read a node's box. A control of no size counts when its
   * wrapper has one (consoles draw their own checkbox over a tiny or transparent native one).
   */
  function shownWith(element, boxOf) {
    if (!styleShown(element)) {
      return false;
    }
    if (zeroSize(boxOf(element)) && (!element.parentElement || zeroSize(boxOf(element.parentElement)))) {
      return false;
    }
    return !clippedAway(element, boxOf);
  }

  // While a whenMeasured callback runs: the boxes it was given, still true (nothing ran in between).
  let fresh = null;

  /** The box of a node measured for the callback now running (see whenMeasured), or null. */
  function measuredBox(node) {
    return fresh ? fresh.get(node) || null : null;
  }

  /**
   * Measures elements without forcing a layout: calls done(isShown) once the browser laid the
   * page out for its next frame (bp.frame.afterLayout), isShown(element) answering for these
   * elements from the boxes of that layout. Not called once signal aborts. While done runs,
   * measuredBox() answers for the elements and their ancestors up to MAX_CLIP_LEVELS.
   */
  function whenMeasured(elements, signal, done) {
    if (signal.aborted) {
      return;
    }
    bp.frame.afterLayout('measuring controls', () => {
      if (signal.aborted) {
        return;
      }
      const boxes = new Map();
      for (const element of elements.filter((candidate) => candidate.isConnected)) {
        for (const node of [element, ...ancestorsToMeasure(element)]) {
          if (!boxes.has(node)) {
            boxes.set(node, node.getBoundingClientRect());
          }
        }
      }
      fresh = boxes;
      try {
        done((element) => shownWith(element, (node) => boxes.get(node) || node.getBoundingClientRect()));
      } finally {
        fresh = null;
      }
    });
  }

  bp.visibility = { styleShown, whenMeasured, measuredBox };
})();
