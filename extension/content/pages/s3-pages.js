'use strict';
// The S3 console's create-bucket page (the bucket name is filled in) and bucket-policy editor
// (highlighted, with billing-pilot's policy merged into the current one to copy).
(() => {
  const bp = globalThis.billingPilot;

  function pageFor(table) {
    if (!location.pathname.startsWith('/s3/')) {
      return null;
    }
    return table.s3.find((page) => page.routes.some((route) => location.pathname.includes(route))) || null;
  }

  for (const id of ['createBucket', 'bucketPolicy']) {
    bp.pages = bp.pages || [];
    bp.pages.push({
      id: `s3-${id}`,
      matches: (table) => (pageFor(table) || {}).id === id,
      start(table, panel, signal) {
        const page = pageFor(table);
        return bp.createPageGuide({ layout: 's3', title: page.title, targets: page.targets, words: page.words }, bp.steps[id], panel, signal);
      },
    });
  }
})();
