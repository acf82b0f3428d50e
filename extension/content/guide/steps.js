'use strict';
// The guide's steps on each console page, in order. A step points at one target of the label
// table ({label} is the label the table shows first; {existing}, {section} and {edit} are the
// layout's dialog choice, section and edit button from the table) and is done when its element is ticked
// ('checked'), holds the session's bucket ('bucket') or was clicked ('clicked'). Optional steps
// are skipped when the page does not have their element (new accounts see two reports only).
// 'offer' shows billing-pilot's policy with the step: 'apply' (put it on the bucket yourself),
// 'overwrite' (the console's dialog is about to replace the bucket's policy), 'editor' (S3).
(() => {
  const bp = globalThis.billingPilot;
  const tick = (target, extra = {}) => ({ target, done: 'checked', text: 'Tick “{label}”.', ...extra });
  const reports = (optionalDetailed) => [
    tick('report-monthly'),
    tick('report-detailed', { optional: optionalDetailed }),
    tick('report-cost-allocation'),
    tick('report-detailed-tags', { optional: optionalDetailed }),
  ];
  // Layouts B and C: the console's dialog that chooses the bucket and writes its policy.
  const dialog = [
    { target: 'configure-bucket', done: 'clicked', offer: 'overwrite', text: 'Click “{label}” to choose the bucket; read the warning below first.' },
    { target: 'bucket-name', done: 'bucket', offer: 'overwrite', text: 'Choose “{existing}” and enter your bucket in “{label}”, then click Next.' },
    tick('policy-confirm', { offer: 'overwrite', text: 'Click Next in the dialog, check the policy, tick “{label}” and click Save.' }),
  ];

  bp.steps = {
    A: [
      tick('enable-reports', { text: 'Tick “{label}” so AWS can deliver billing reports.' }),
      { target: 'bucket-name', done: 'bucket', text: 'Enter your bucket in “{label}”: billing-pilot fills an empty field for you.' },
      { target: 'verify', done: 'clicked', offer: 'apply', text: 'Put the policy below on the bucket (S3 console, Permissions, Bucket policy), then click “{label}”.' },
      ...reports(true),
      { target: 'save', done: 'clicked', text: 'Click “{label}” to keep these settings.' },
    ],
    B: [
      tick('enable-reports', { text: 'Tick “{label}”.' }),
      ...dialog,
      { target: 'verify', done: 'clicked', text: 'Click “{label}” to let AWS test-write to the bucket.' },
      ...reports(true),
      { target: 'save', done: 'clicked', text: 'Click “{label}” to keep these settings.' },
    ],
    C: [
      tick('enable-reports', { text: 'Tick “{label}” (click “{edit}” in “{section}” first if it is greyed out).' }),
      ...dialog,
      ...reports(true),
      { target: 'save', done: 'clicked', text: 'Click “{label}” to start the delivery.' },
    ],
    createBucket: [
      { target: 'bucket-name', done: 'bucket', text: 'Enter your bucket in “{label}” (filled in for you when empty); keep ACLs disabled, Block Public Access on and SSE-S3 encryption.' },
      { target: 'save', done: 'clicked', text: 'Click “{label}”.' },
    ],
    bucketPolicy: [
      { target: 'policy-editor', done: 'policy', offer: 'editor', text: 'Replace the editor’s content with the policy below (copy it).' },
      { target: 'save', done: 'clicked', text: 'Click “{label}”.' },
    ],
  };
})();
