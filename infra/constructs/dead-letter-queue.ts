import { Duration, Validations } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/**
 * Where asynchronous work that keeps failing ends up: schedules that could not invoke their job, and job or
 * event invocations that Lambda gave up on. Kept two weeks (the SQS maximum) so an operator can inspect and
 * redrive it; TLS only and encrypted like everything else.
 */
export class DeadLetterQueue extends sqs.Queue {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this).acknowledge({
      id: 'Serverless-SQSRedrivePolicy',
      reason:
        'This queue is itself the dead-letter queue; a redrive policy on it would need a queue behind it.',
    });
  }
}
