// Defaults so that modules reading their environment at import time load in unit tests; the local stack and
// individual tests override them where they matter.
process.env.TABLE_NAME ??= 'main';
process.env.AUDIT_TABLE_NAME ??= 'audit';
process.env.KEYS_TABLE_NAME ??= 'keys';
process.env.PHOTOS_BUCKET ??= 'changan-photos';
process.env.TRANSFERS_BUCKET ??= 'changan-transfers';
process.env.APP_VERSION ??= '0.0.0-test';
process.env.JWT_ISSUER ??= 'http://127.0.0.1/api/auth';
process.env.AWS_REGION ??= 'cn-north-1';
process.env.AWS_ACCESS_KEY_ID ??= 'S3RVER';
process.env.AWS_SECRET_ACCESS_KEY ??= 'S3RVER';
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT'; // set to DEBUG to read handler logs while debugging a test
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
