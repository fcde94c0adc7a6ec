import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { App, PolicyViolation } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { buildCloud } from '#tests/infra/synth';

/**
 * cdk-nag v3 is a policy-validation plugin: `app.synth()` throws on unacknowledged errors, while warnings only land
 * in the assembly's validation report. Running the packs with `validateScope` lists both, acknowledgements applied.
 */
function findings(app: App): string[] {
  const packs = [new AwsSolutionsChecks(), new ServerlessChecks()];
  return packs.flatMap((pack) =>
    pack.validateScope(app).violations.map((violation: PolicyViolation) => {
      const paths = violation.violatingResources.map((resource) => resource.constructPath).join(', ');
      return `${violation.severity} ${violation.ruleName} at ${paths}`;
    }),
  );
}

/** Synthesizes without letting a failing validation hide the findings behind an exception. */
function trySynth(app: App): { error?: Error; reportFile?: string } {
  try {
    const assembly = app.synth();
    return { reportFile: join(assembly.directory, 'validation-report.json') };
  } catch (error) {
    return { error: error as Error };
  }
}

describe('cdk-nag (AwsSolutions and Serverless packs)', () => {
  let withConsole: ReturnType<typeof buildCloud>;
  let synthesis: ReturnType<typeof trySynth>;

  beforeAll(() => {
    withConsole = buildCloud();
    synthesis = trySynth(withConsole.app);
    return withConsole.cleanUp;
  });

  it('synthesizes with both packs registered on the app and no validation failure', () => {
    expect(synthesis.error?.message).toBeUndefined();
  });

  it('leaves no unacknowledged error or warning, console deployment included', () => {
    // Assess
    expect(findings(withConsole.app)).toEqual([]);
  });

  it('writes no cdk-nag finding into the validation report of the assembly', () => {
    // Prepare
    const reportFile = synthesis.reportFile ?? '';
    const report = existsSync(reportFile)
      ? JSON.parse(readFileSync(reportFile, 'utf8'))
      : { pluginReports: [] };
    // Act
    const nagReports = (report.pluginReports as { pluginName: string }[]).filter((plugin) =>
      ['AwsSolutions', 'Serverless'].includes(plugin.pluginName),
    );
    // Assess
    expect(nagReports).toEqual([]);
  });

  it('leaves no finding either without a console build, and warns that the console will be empty', () => {
    // Prepare
    const { app, stack, cleanUp } = buildCloud({ consoleDir: 'no-console-build-here' });
    onTestFinished(cleanUp);
    // Act
    const { error } = trySynth(app);
    // Assess
    expect(error?.message).toBeUndefined();
    expect(findings(app)).toEqual([]);
    Annotations.fromStack(stack).hasWarning(
      '/changan-changzhou/Console',
      Match.stringLikeRegexp('No console build'),
    );
    Template.fromStack(stack).resourceCountIs('Custom::CDKBucketDeployment', 0);
  });

  it('still fails synthesis when a resource breaks a rule: the acknowledgements are not blanket', () => {
    // Prepare
    const { app, stack, cleanUp } = buildCloud();
    onTestFinished(cleanUp);
    new s3.Bucket(stack, 'UnloggedBucket');
    // Act
    const { error } = trySynth(app);
    // Assess
    expect(error?.message).toMatch(/AwsSolutions-S1/);
    expect(findings(app).filter((finding) => finding.includes('UnloggedBucket')).length).toBeGreaterThan(0);
  });
});
