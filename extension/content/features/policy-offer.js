'use strict';
// The policy part of the panel: billing-pilot's bucket policy, merged into the bucket's current
// policy when the server can merge (falling back to the plain policy when it cannot), with a
// copy button; and in layouts B and C the warning that the console's dialog replaces the
// bucket's policy with its own.
(() => {
  const bp = globalThis.billingPilot;

  const TEXTS = {
    overwrite: (bucket) => `Careful: the console's dialog writes its own policy onto '${bucket}', replacing any policy the bucket has. `
      + 'If the bucket has a policy, paste it below and apply the merged policy in the S3 console (Permissions, Bucket policy) '
      + 'instead of letting the dialog replace it, or right after the dialog saved.',
    apply: () => null,
    editor: () => null,
  };

  function createPolicyOffer(panel, context) {
    const answers = new Map();
    let kind = null;
    let existing = null;

    function currentKey() {
      const session = context.session() || {};
      return JSON.stringify([session.bucket, session.report, session.account, existing]);
    }

    function note(result) {
      if (!result) {
        return 'Asking the billing-pilot server for the policy…';
      }
      if (!result.ok) {
        return result.reason === 'unreachable'
          ? 'The policy comes from the billing-pilot server, which is not running.'
          : `The server could not write the policy: ${result.message || 'no answer'}`;
      }
      if (result.merged) {
        const changes = result.diff.length;
        return `Merged into the bucket's current policy (${changes} change${changes === 1 ? '' : 's'}).`;
      }
      return existing
        ? "This server cannot merge yet: this is billing-pilot's policy alone; add its statements to the bucket's policy by hand."
        : "billing-pilot's policy for the bucket:";
    }

    function render() {
      if (!kind) {
        panel.setPolicy(null);
        return;
      }
      const result = answers.get(currentKey());
      panel.setPolicy({
        warning: TEXTS[kind](context.session().bucket),
        askExisting: kind !== 'editor',
        note: note(result),
        text: result && result.ok ? JSON.stringify(result.policy, null, 2) : '',
      });
    }

    function request() {
      const key = currentKey();
      if (answers.has(key)) {
        return;
      }
      answers.set(key, null);
      const session = context.session();
      bp.safety.settle('asking for the policy', async () => {
        const result = await bp.messaging.send({
          type: 'policy',
          request: { bucket: session.bucket, report: session.report, account: session.account, existing },
        });
        // An unreachable server is asked again the next time the offer is shown.
        answers.set(key, result);
        if (!result.ok && result.reason === 'unreachable') {
          bp.lifecycle.later(() => answers.delete(key), 3000, context.signal);
        }
        render();
      });
    }

    /** Shows the offer of this kind ('apply', 'overwrite', 'editor') or hides it (null). */
    function show(wanted) {
      const session = context.session();
      kind = wanted && session && session.bucket ? wanted : null;
      if (kind) {
        request();
      }
      render();
    }

    /** The bucket's current policy text, to merge into (null or blank: none). */
    function setExisting(text) {
      existing = text && text.trim() ? text.trim() : null;
      show(kind);
    }

    /** True when the editor holds the offered policy (as JSON, whatever the spacing). */
    function applied(text) {
      const result = answers.get(currentKey());
      if (!result || !result.ok) {
        return false;
      }
      try {
        return JSON.stringify(JSON.parse(text)) === JSON.stringify(result.policy);
      } catch (error) {
        return false;
      }
    }

    return { show, setExisting, applied };
  }

  bp.createPolicyOffer = createPolicyOffer;
})();
