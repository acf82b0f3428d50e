// S3 console, Create bucket: "Bucket name" in a Cloudscape form field, "Create bucket".
import React from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { start } from '../kit/app.jsx';
import { TextField } from '../kit/controls.jsx';

const REGION = { value: 'us-east-1', label: 'US East (N. Virginia) us-east-1' };

function CreateBucket() {
  return (
    <ContentLayout header={<Header variant="h1">Create bucket</Header>}>
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">General configuration</Header>}>
          <SpaceBetween size="m">
            <FormField label="AWS Region" description="Choose the Region.">
              <Select selectedOption={REGION} options={[REGION]} />
            </FormField>
            <TextField label="Bucket name" field="bucket" placeholder="myawsbucket"
              description="Bucket name must be unique within the global namespace and follow the bucket naming rules." />
          </SpaceBetween>
        </Container>
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link">Cancel</Button>
            <Button variant="primary">Create bucket</Button>
          </SpaceBetween>
        </Box>
      </SpaceBetween>
    </ContentLayout>
  );
}

start([{ matches: () => true, view: CreateBucket }]);
