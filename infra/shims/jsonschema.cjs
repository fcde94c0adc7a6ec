// ElectroDB validates each entity model against a JSON schema when the entity is constructed (jsonschema,
// 28 KB minified in every bundle). Our models are static code, validated by every test run, which loads the real
// package; the Lambda bundles get this validator that finds nothing wrong (infra/bundle.ts `alias`).
class Validator {
  addSchema() {}
  validate() {
    return { errors: [] };
  }
}
Validator.prototype.customFormats = {};
module.exports = { Validator };
