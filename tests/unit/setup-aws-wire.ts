import { setDynamoWire, startDynamoWire } from '#tests/fixtures/dynamo-wire';
import { setS3Wire, startS3Wire } from '#tests/fixtures/s3-wire';

// Unit tests never reach AWS: the functions' DynamoDB and S3 clients point at fakes each test file programs
// (tests/fixtures/dynamo-wire.ts, s3-wire.ts). A test that starts a local stack points them at the emulators.
if (!process.env.DYNAMODB_ENDPOINT) {
  const wire = await startDynamoWire();
  setDynamoWire(wire);
  process.env.DYNAMODB_ENDPOINT = wire.endpoint;
}
if (!process.env.S3_ENDPOINT) {
  const wire = await startS3Wire();
  setS3Wire(wire);
  process.env.S3_ENDPOINT = wire.endpoint;
}
