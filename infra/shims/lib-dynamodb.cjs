// ElectroDB requires the SDK's DocumentClient package at load time for its v3 client wrapper. Our entities get
// the functions' own DynamoDB client (functions/platform/dynamo.ts) in ElectroDB's v2 shape, which never touches
// this module; left external it would load the whole SDK client (~125 ms of cold start) for nothing.
module.exports = {};
