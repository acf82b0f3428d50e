// S3 console, Edit bucket policy: the policy editor (a Cloudscape Textarea standing in for the
// code editor) under the form-field label "Policy", holding the bucket's current policy.
import React from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { start } from '../kit/app.jsx';
import { setField, useStore, update } from '../kit/store.js';

const CURRENT = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{
    Sid: 'DenyInsecure', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::metricly-example/*',
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  }],
}, null, 2);
update((s) => { s.fields.policy = CURRENT; });

function EditPolicy() {
  const state = useStore();
  return (
    <ContentLayout header={<Header variant="h1">Edit bucket policy</Header>}>
      <SpaceBetween size="l">
        <Container>
          <FormField label="Policy" stretch>
            <Textarea value={state.fields.policy} rows={12} spellcheck={false}
              onChange={({ detail }) => setField('policy', detail.value)} />
          </FormField>
        </Container>
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link">Cancel</Button>
            <Button variant="primary">Save changes</Button>
          </SpaceBetween>
        </Box>
      </SpaceBetween>
    </ContentLayout>
  );
}

start([{ matches: () => true, view: EditPolicy }]);
