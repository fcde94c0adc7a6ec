import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { HouseFunction } from './house-function';

export interface AlarmsProps {
  /** Every function of ours: one alarm each on Errors ≥ 1 in 5 minutes. */
  readonly functions: readonly HouseFunction[];
  /** Dead-letter queues: one alarm each as soon as a message waits in it. */
  readonly deadLetterQueues: readonly sqs.IQueue[];
}

/**
 * The operators' alarms, all sent to one SNS topic (subscribe e-mail or SMS to `alarmTopic` after deploying).
 * The topic is encrypted with its own key, which CloudWatch may use: alarms cannot publish to a topic under the
 * AWS-managed aws/sns key.
 */
export class Alarms extends Construct {
  public readonly alarmTopic: sns.Topic;

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    const key = new kms.Key(this, 'TopicKey', {
      description: 'Encrypts the alarm topic; CloudWatch alarms publish with it.',
      enableKeyRotation: true,
    });
    key.grant(new iam.ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.alarmTopic = new sns.Topic(this, 'Topic', {
      displayName: '常安码 alarms',
      masterKey: key,
      enforceSSL: true,
    });
    const action = new actions.SnsAction(this.alarmTopic);

    for (const fn of props.functions) {
      const name = fn.node.path.split('/').slice(1).join('-');
      const alarm = new cloudwatch.Alarm(this, `${name}-Errors`, {
        alarmDescription: `${name}: a function invocation failed in the last 5 minutes`,
        metric: fn.function.metricErrors({ period: Duration.minutes(5), statistic: cloudwatch.Stats.SUM }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      alarm.addAlarmAction(action);
    }
    for (const queue of props.deadLetterQueues) {
      const name = queue.node.path.split('/').slice(1).join('-');
      const alarm = new cloudwatch.Alarm(this, `${name}-Depth`, {
        alarmDescription: `${name}: asynchronous work gave up and waits in the dead-letter queue`,
        metric: queue.metricApproximateNumberOfMessagesVisible({
          period: Duration.minutes(5),
          statistic: cloudwatch.Stats.MAXIMUM,
        }),
        threshold: 0,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      alarm.addAlarmAction(action);
    }
  }
}
