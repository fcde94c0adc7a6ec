import type { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';

type Json = unknown;
interface Resource {
  Type: string;
  Properties?: Record<string, Json>;
  DependsOn?: string | string[];
}
interface TemplateJson {
  Resources: Record<string, Resource>;
  Parameters?: Record<string, Json>;
  Outputs?: Record<string, { Value: Json }>;
}

/** Replaces every `{ Ref: name }` whose name `values` holds by that value, deep. */
function substitute(node: Json, values: ReadonlyMap<string, Json>): Json {
  if (Array.isArray(node)) return node.map((child) => substitute(child, values));
  if (!node || typeof node !== 'object') return node;
  const entries = Object.entries(node as Record<string, Json>);
  const [only] = entries;
  if (entries.length === 1 && only?.[0] === 'Ref' && values.has(only[1] as string))
    return values.get(only[1] as string);
  return Object.fromEntries(entries.map(([key, child]) => [key, substitute(child, values)]));
}

/** Replaces `{ 'Fn::GetAtt': [nestedId, 'Outputs.name'] }` by the nested output's value, deep. */
function readOutputs(node: Json, outputs: ReadonlyMap<string, Json>): Json {
  if (Array.isArray(node)) return node.map((child) => readOutputs(child, outputs));
  if (!node || typeof node !== 'object') return node;
  const getAtt = (node as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt'];
  const key = getAtt ? `${getAtt[0]}.${getAtt[1]}` : undefined;
  if (key && outputs.has(key)) return outputs.get(key);
  return Object.fromEntries(
    Object.entries(node as Record<string, Json>).map(([name, child]) => [name, readOutputs(child, outputs)]),
  );
}

/**
 * The stack's template with its nested stacks folded in, as if it were one template: each nested resource in
 * place, the parameters it was passed resolved to the parent's values (a function ARN is the parent's GetAtt
 * again), the parent's reads of nested outputs resolved to their values, and a dependency on a nested stack
 * widened to every resource in it. What tests read is then where it would be in a single stack, wherever
 * CloudFormation's 500-resource limit made us put it.
 */
export function flatTemplate(stack: Stack): Template {
  const root = Template.fromStack(stack).toJSON() as TemplateJson;
  const nested = stack.node
    .findAll()
    .filter((child): child is Stack => child !== stack && (child as Stack).nestedStackResource !== undefined);
  const resources: Record<string, Resource> = { ...root.Resources };
  const outputs = new Map<string, Json>();
  const members = new Map<string, string[]>();
  for (const child of nested) {
    const resource = child.nestedStackResource;
    if (!resource) continue;
    const nestedId = stack.resolve(resource.logicalId) as string;
    const parent = root.Resources[nestedId];
    const parameters = (parent?.Properties?.Parameters ?? {}) as Record<string, Json>;
    const body = Template.fromStack(child).toJSON() as TemplateJson;
    const values = new Map(Object.entries(parameters));
    for (const [id, inner] of Object.entries(body.Resources))
      resources[id] = substitute(inner, values) as Resource;
    for (const [name, output] of Object.entries(body.Outputs ?? {}))
      outputs.set(`${nestedId}.Outputs.${name}`, substitute(output.Value, values));
    members.set(nestedId, Object.keys(body.Resources));
    delete resources[nestedId];
  }
  for (const [id, resource] of Object.entries(resources)) {
    const read = readOutputs(resource, outputs) as Resource;
    if (read.DependsOn)
      read.DependsOn = [read.DependsOn]
        .flat()
        .flatMap((dependency) => members.get(dependency) ?? [dependency]);
    resources[id] = read;
  }
  return Template.fromJSON({ ...root, Resources: resources } as unknown as Record<string, unknown>);
}
