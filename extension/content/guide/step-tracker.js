'use strict';
// Which step the admin is on. It moves forward by itself when the current step is done (a box
// ticked, the bucket entered, a button clicked) and by the panel's Back and Next buttons; it never
// moves back by itself.
(() => {
  const bp = globalThis.billingPilot;

  function isChecked(element) {
    return element.checked === true || element.getAttribute('aria-checked') === 'true';
  }

  function canBeUsed(element) {
    return Boolean(element) && element.disabled !== true && element.getAttribute('aria-disabled') !== 'true';
  }

  function createStepTracker(steps, registry, context) {
    let index = 0;
    // After Back, the admin looks at a finished step: stay there until the page changes again.
    let held = false;
    const clicked = new Set();

    function isDone(step) {
      // A click stays done when its control then changes (its text, in place) or goes away.
      if ((step.done === 'clicked' || step.done === 'unlocked') && clicked.has(step.target)) {
        return true;
      }
      if (step.done === 'unlocked') {
        return canBeUsed(registry.element(step.unlocks));
      }
      const element = registry.element(step.target);
      if (!element) {
        return false;
      }
      switch (step.done) {
        case 'checked': return isChecked(element);
        case 'bucket': return Boolean(context.bucket()) && element.value === context.bucket();
        case 'clicked': return clicked.has(step.target);
        case 'policy': return context.policyApplied(element);
        default: return typeof step.done === 'function' && step.done(element, context, registry);
      }
    }

    // An optional step is passed when the page does not have its element. That is known only once
    // the page shows a later step's control: before (while the console still renders), the
    // element may yet come.
    function skippable(at) {
      return steps[at].optional && !registry.element(steps[at].target)
        && steps.slice(at + 1).some((later) => registry.element(later.target));
    }

    /** Moves past finished steps; true when the step changed. */
    function advance() {
      if (held) {
        return false;
      }
      const before = index;
      while (index < steps.length && (isDone(steps[index]) || skippable(index))) {
        index += 1;
      }
      return index !== before;
    }

    return {
      advance,
      /** The admin acted on the page: finished steps may be passed again. */
      release() {
        held = false;
      },
      clicked(target) {
        clicked.add(target);
      },
      next() {
        index = Math.min(index + 1, steps.length);
      },
      back() {
        index = Math.max(index - 1, 0);
        clicked.delete(steps[index].target);
        held = true;
      },
      get index() { return index; },
      get total() { return steps.length; },
      get current() { return steps[index] || null; },
      isChecked,
    };
  }

  bp.createStepTracker = createStepTracker;
})();
