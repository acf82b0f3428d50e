// Billing preferences, layout C (2023-now; reference section 2, C): the "Detailed billing
// reports (legacy)" section and its "Configure S3 Bucket" dialog. New accounts see two
// reports only.
import React from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { start, openDialog, closeDialog } from '../kit/app.jsx';
import { CheckField, ChoiceField, Dialog, StepButton, TextField } from '../kit/controls.jsx';
import { useStore, update } from '../kit/store.js';

const POLICY = '{"Version": "2012-10-17", "Statement": ["... the console\'s default policy ..."]}';
const REGION = { value: 'us-east-1', label: 'US East (N. Virginia)' };

function Section({ title, children }) {
  return <Container header={<Header variant="h2" actions={<Button>Edit</Button>}>{title}</Header>}>{children}</Container>;
}

function Preferences() {
  return (
    <ContentLayout header={<Header variant="h1">Billing preferences</Header>}>
      <SpaceBetween size="l">
        <Section title="Invoice delivery preferences"><Box>PDF invoices delivered by email: Off</Box></Section>
        <Section title="Alert preferences"><Box>AWS Free Tier alerts: On</Box></Section>
        <Section title="Detailed billing reports (legacy)">
          <SpaceBetween size="m">
            <CheckField check="enable" label="Legacy report delivery to S3"
              description="Deliver legacy billing reports to an Amazon S3 bucket." />
            <Box><Button onClick={() => openDialog('bucket')}>Configure an S3 bucket to activate</Button></Box>
            <Header variant="h3">Report activation</Header>
            <CheckField check="monthly" label="Monthly report" />
            <CheckField check="costAllocation" label="Cost allocation report" />
            <Link href="#/preferences/tags">Manage Report Tags</Link>
            <Box><Button variant="primary">Activate</Button></Box>
          </SpaceBetween>
        </Section>
      </SpaceBetween>
      <BucketDialog />
    </ContentLayout>
  );
}

function BucketDialog() {
  const state = useStore();
  const policyStep = state.dialog === 'policy';
  const footer = (
    <Box float="right">
      <SpaceBetween direction="horizontal" size="xs">
        <Button variant="link" onClick={closeDialog}>Cancel</Button>
        <StepButton text={policyStep ? 'Save' : 'Next'}
          onClick={() => (policyStep ? closeDialog() : update((s) => { s.dialog = 'policy'; }))} />
      </SpaceBetween>
    </Box>
  );
  return (
    <Dialog open={state.dialog === 'bucket' || policyStep} header="Configure S3 Bucket" footer={footer}>
      {policyStep
        ? (
          <SpaceBetween size="m">
            <Box variant="code">{POLICY}</Box>
            <CheckField check="confirm" label="I have confirmed that this policy is correct" />
          </SpaceBetween>
        )
        : (
          <SpaceBetween size="m">
            <ChoiceField choice="bucketSource" items={[['existing', 'Use an existing S3 bucket'], ['new', 'Create a new S3 bucket']]} />
            <TextField label="S3 bucket name" field="bucket" description="The bucket must belong to this payer account." />
            <FormField label="Region"><Select selectedOption={REGION} options={[REGION]} /></FormField>
          </SpaceBetween>
        )}
    </Dialog>
  );
}

function Bills() {
  return <ContentLayout header={<Header variant="h1">Bills</Header>}><Box>No bills for this period.</Box></ContentLayout>;
}

start([
  { matches: (hash) => hash.startsWith('#/preferences'), view: Preferences },
  { matches: () => true, view: Bills },
]);
