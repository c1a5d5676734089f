/**
 * SageMaker endpoint configurations (the CreateEndpointConfig request) with weighted production
 * variants. Limits checked, from the SageMaker API reference and developer guide:
 * - with ShadowProductionVariants, exactly one production variant and one shadow variant
 *   (CreateEndpointConfig; "Create a shadow test": at most one shadow variant per endpoint);
 * - variant and config names match [a-zA-Z0-9](-*[a-zA-Z0-9]){0,62};
 * - deployment guardrails (UpdateEndpoint DeploymentConfig): a canary's CanarySize is at most 50%
 *   of the fleet, a linear step 10-50%, WaitIntervalInSeconds 0-3600 (TrafficRoutingConfig).
 * The traffic split itself is expressed with InitialVariantWeight, which holds until the next
 * manifest change; guardrails' canary instead completes on its own after its wait, so modelgate's
 * canary steps are never rendered as a guardrails canary.
 */
import type { RenderInput, RenderResult, RenderedFile, Unsupported } from './types.js';

/** Structural subsets of @aws-sdk/client-sagemaker's types (test/deploy checks assignability under tsc). */
export interface SageMakerProductionVariant {
  VariantName: string;
  ModelName: string;
  InitialVariantWeight: number;
}

export interface SageMakerEndpointConfig {
  EndpointConfigName: string;
  ProductionVariants: SageMakerProductionVariant[];
  ShadowProductionVariants?: SageMakerProductionVariant[];
  Tags: { Key: string; Value: string }[];
}

export interface SageMakerUpdateEndpoint {
  EndpointName: string;
  EndpointConfigName: string;
  DeploymentConfig: {
    BlueGreenUpdatePolicy: {
      TrafficRoutingConfiguration: {
        Type: 'ALL_AT_ONCE' | 'CANARY' | 'LINEAR';
        WaitIntervalInSeconds: number;
        CanarySize?: { Type: 'INSTANCE_COUNT' | 'CAPACITY_PERCENT'; Value: number };
        LinearStepSize?: { Type: 'INSTANCE_COUNT' | 'CAPACITY_PERCENT'; Value: number };
      };
    };
  };
}

const NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;

/** A SageMaker resource name from registry names: dots and underscores become dashes. */
export function sagemakerName(...parts: string[]): string {
  return parts.join('-').replace(/[._]/g, '-').replace(/-+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63).replace(/-+$/, '');
}

/** The documented limits, as runtime checks of what was rendered. Empty when all hold. */
export function sagemakerLimitProblems(config: SageMakerEndpointConfig, update?: SageMakerUpdateEndpoint): string[] {
  const problems: string[] = [];
  const all = [...config.ProductionVariants, ...(config.ShadowProductionVariants ?? [])];
  if (!NAME.test(config.EndpointConfigName)) problems.push(`EndpointConfigName '${config.EndpointConfigName}' does not match ${NAME.source}`);
  if (config.ProductionVariants.length < 1 || config.ProductionVariants.length > 10) problems.push('ProductionVariants must hold 1 to 10 variants');
  for (const v of all) {
    if (!NAME.test(v.VariantName)) problems.push(`VariantName '${v.VariantName}' does not match ${NAME.source}`);
    if (!NAME.test(v.ModelName)) problems.push(`ModelName '${v.ModelName}' does not match ${NAME.source}`);
    if (!(v.InitialVariantWeight >= 0)) problems.push(`InitialVariantWeight of ${v.VariantName} must be ≥ 0`);
  }
  if (new Set(all.map((v) => v.VariantName)).size !== all.length) problems.push('variant names must be unique within an endpoint configuration');
  if (config.ProductionVariants.reduce((s, v) => s + v.InitialVariantWeight, 0) <= 0) problems.push('at least one production variant needs a positive weight');
  if (config.ShadowProductionVariants) {
    if (config.ShadowProductionVariants.length !== 1) problems.push('exactly one shadow variant per endpoint');
    if (config.ProductionVariants.length !== 1) problems.push('an endpoint with a shadow variant has exactly one production variant');
  }
  const routing = update?.DeploymentConfig.BlueGreenUpdatePolicy.TrafficRoutingConfiguration;
  if (routing) {
    if (routing.WaitIntervalInSeconds < 0 || routing.WaitIntervalInSeconds > 3600) problems.push('WaitIntervalInSeconds must be 0-3600');
    if (routing.CanarySize?.Type === 'CAPACITY_PERCENT' && routing.CanarySize.Value > 50) problems.push('a guardrails canary is at most 50% of the fleet');
    if (routing.LinearStepSize?.Type === 'CAPACITY_PERCENT' && (routing.LinearStepSize.Value < 10 || routing.LinearStepSize.Value > 50)) problems.push('a guardrails linear step is 10-50% of the fleet');
  }
  return problems;
}

export function renderSageMaker(input: RenderInput): RenderResult {
  const files: RenderedFile[] = [];
  const unsupported: Unsupported[] = [];
  for (const { model, entry } of input.serving) {
    const t = entry.traffic ?? 0;
    const variant = (role: string, version: string, weight: number): SageMakerProductionVariant => ({ VariantName: sagemakerName(role, version), ModelName: sagemakerName(model, version), InitialVariantWeight: weight });
    const configName = sagemakerName(model, input.env, entry.strategy, entry.stable, ...(entry.candidate ? [entry.candidate, String(t)] : []));
    const config: SageMakerEndpointConfig = {
      EndpointConfigName: configName,
      ProductionVariants: [],
      Tags: [
        { Key: 'modelgate:model', Value: model },
        { Key: 'modelgate:environment', Value: input.env },
        { Key: 'modelgate:strategy', Value: entry.strategy },
      ],
    };
    let update: SageMakerUpdateEndpoint | undefined;
    const c = entry.candidate;
    switch (entry.strategy) {
      case 'direct':
        config.ProductionVariants.push(variant('stable', entry.stable, 100));
        break;
      case 'canary':
      case 'ab':
        // Weights are relative; percentages read directly. A 0 weight keeps the variant deployed without traffic.
        config.ProductionVariants.push(variant('stable', entry.stable, 100 - t), variant('candidate', c!, t));
        break;
      case 'blue-green':
        if (t === 100) {
          // The switch: a configuration with green alone, applied through a guardrails blue/green update.
          config.ProductionVariants.push(variant('candidate', c!, 100));
          update = {
            EndpointName: sagemakerName(model, input.env),
            EndpointConfigName: configName,
            DeploymentConfig: { BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: { Type: 'ALL_AT_ONCE', WaitIntervalInSeconds: 600 } } },
          };
        } else {
          config.ProductionVariants.push(variant('stable', entry.stable, 100), variant('candidate', c!, 0));
        }
        break;
      case 'shadow':
        if (t !== 100) {
          unsupported.push({
            model,
            strategy: 'shadow',
            reason: `a SageMaker endpoint configuration's shadow variant has no sampling percentage field, so mirroring ${t}% cannot be written there; use traffic: 100, or a SageMaker shadow test (CreateInferenceExperiment, ShadowModelVariantConfig.SamplingPercentage)`,
          });
          continue;
        }
        config.ProductionVariants.push(variant('stable', entry.stable, 100));
        config.ShadowProductionVariants = [variant('shadow', c!, 100)];
        break;
    }
    const problems = sagemakerLimitProblems(config, update);
    if (problems.length > 0) {
      unsupported.push({ model, strategy: entry.strategy, reason: `SageMaker limits: ${problems.join('; ')}` });
      continue;
    }
    files.push({ path: `sagemaker/${sagemakerName(model)}.endpoint-config.json`, data: config, content: `${JSON.stringify(config, null, 2)}\n` });
    if (update) files.push({ path: `sagemaker/${sagemakerName(model)}.update-endpoint.json`, data: update, content: `${JSON.stringify(update, null, 2)}\n` });
  }
  const notes = [
    'Each ModelName (<model>-<version>) must exist as a SageMaker Model (CreateModel) before the endpoint configuration is created.',
    'Capacity is yours to add: set InstanceType and InitialInstanceCount, or ServerlessConfig, on each variant before applying.',
    'Traffic splits are variant weights and stay until the next manifest change; deployment guardrails\' canary (at most 50% of the fleet, then all of it automatically) is not used for canary steps.',
  ];
  return { platform: 'sagemaker', files, unsupported, notes };
}
