import { Stack, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { LambdaDestination } from 'aws-cdk-lib/aws-s3-notifications';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { type BucketName, events } from '#functions/manifest';
import { defaultTimeoutSeconds, type EventSpec } from '#functions/platform/manifest-types';
import type { Data } from './data';
import { HouseFunction } from './house-function';

export interface EventsProps {
  /** Buckets whose ObjectCreated notifications trigger the handlers, and what the handlers are granted. */
  readonly data: Data;
  /** Receives notifications Lambda gave up on after its asynchronous retries. */
  readonly deadLetterQueue: sqs.IQueue;
  /** Folder the esbuild bundles are written to. @default - see HouseFunction */
  readonly bundleDir?: string;
}

/** One Lambda per manifest event, triggered by ObjectCreated on its bucket (and prefix, when it has one). */
export class Events extends Construct {
  public readonly functions: Record<string, HouseFunction> = {};

  constructor(scope: Construct, id: string, props: EventsProps) {
    super(scope, id);
    for (const event of events as readonly (EventSpec & { bucket: BucketName })[]) {
      const fn = new HouseFunction(this, event.name, {
        handlerModule: event.handler,
        description: event.description,
        timeoutSeconds: event.timeoutSeconds ?? defaultTimeoutSeconds.event,
        deadLetterQueue: props.deadLetterQueue,
        bundleDir: props.bundleDir,
      });
      props.data.bind(fn, event.grants);
      const filters = event.prefix === '' ? [] : [{ prefix: event.prefix }];
      props.data.buckets[event.bucket].addEventNotification(
        s3.EventType.OBJECT_CREATED,
        new LambdaDestination(fn.function),
        ...filters,
      );
      this.functions[event.name] = fn;
    }
    if (events.length > 0) acknowledgeNotificationsHandler(Stack.of(this));
  }
}

/** CDK configures bucket notifications through one stack-wide custom resource whose role it writes, not us. */
function acknowledgeNotificationsHandler(stack: Stack): void {
  const handler = stack.node.children.find((child) => child.node.id.startsWith('BucketNotificationsHandler'));
  if (!handler) return;
  Validations.of(handler).acknowledge({
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    reason:
      "CDK's BucketNotificationsHandler custom resource writes its own logs through this managed policy; it only runs while CloudFormation configures bucket notifications.",
  });
}
