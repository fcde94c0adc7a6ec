import { setDynamoWire, startDynamoWire } from '#tests/fixtures/dynamo-wire';

// Unit tests never reach AWS: the functions' DynamoDB client points at a fake each test file programs
// (tests/fixtures/dynamo-wire.ts). A test that starts a local stack points it at dynalite instead.
if (!process.env.DYNAMODB_ENDPOINT) {
  const wire = await startDynamoWire();
  setDynamoWire(wire);
  process.env.DYNAMODB_ENDPOINT = wire.endpoint;
}
