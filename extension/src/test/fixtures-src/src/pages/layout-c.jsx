// Billing preferences, layout C (2023-now; docs/aws-billing-facts.md section 2, C): the "Detailed billing
// reports (legacy)" section and its "Configure S3 Bucket" dialog. New accounts see two
// reports only.
import React from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { start, openDialog } from '../kit/app.jsx';
import { BucketDialog } from '../kit/bucket-dialog.jsx';
import { CheckField } from '../kit/controls.jsx';
import { options } from '../kit/options.js';
import { useStore, update } from '../kit/store.js';

const DIALOG = {
  title: 'Configure S3 Bucket',
  existing: 'Use an existing S3 bucket',
  create: 'Create a new S3 bucket',
  bucketDescription: 'The bucket must belong to this payer account.',
  confirm: 'I have confirmed that this policy is correct',
  save: 'Save',
};

function Section({ title, onEdit, children }) {
  return <Container header={<Header variant="h2" actions={<Button onClick={onEdit}>Edit</Button>}>{title}</Header>}>{children}</Container>;
}

function Preferences() {
  const state = useStore();
  // With lockedSection, the legacy section's settings stay greyed out until its Edit is clicked.
  const locked = options.lockedSection && !state.checks.sectionUnlocked;
  const unlock = () => update((s) => { s.checks.sectionUnlocked = true; });
  return (
    <ContentLayout header={<Header variant="h1">Billing preferences</Header>}>
      <SpaceBetween size="l">
        <Section title="Invoice delivery preferences"><Box>PDF invoices delivered by email: Off</Box></Section>
        <Section title="Alert preferences"><Box>AWS Free Tier alerts: On</Box></Section>
        <Section title="Detailed billing reports (legacy)" onEdit={unlock}>
          <SpaceBetween size="m">
            <CheckField check="enable" label="Legacy report delivery to S3" disabled={locked}
              description="Deliver legacy billing reports to an Amazon S3 bucket." />
            <Box><Button disabled={locked} onClick={() => openDialog('bucket')}>Configure an S3 bucket to activate</Button></Box>
            <Header variant="h3">Report activation</Header>
            <CheckField check="monthly" label="Monthly report" disabled={locked} />
            <CheckField check="costAllocation" label="Cost allocation report" disabled={locked} />
            <Link href="#/preferences/tags">Manage Report Tags</Link>
            <Box><Button variant="primary" disabled={locked}>Activate</Button></Box>
          </SpaceBetween>
        </Section>
      </SpaceBetween>
      <BucketDialog words={DIALOG} />
    </ContentLayout>
  );
}

function Bills() {
  return <ContentLayout header={<Header variant="h1">Bills</Header>}><Box>No bills for this period.</Box></ContentLayout>;
}

start([
  { matches: (hash) => hash.startsWith('#/preferences'), view: Preferences },
  { matches: () => true, view: Bills },
]);
