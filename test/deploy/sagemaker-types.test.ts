/**
 * The SageMaker renderer's output type-checked against @aws-sdk/client-sagemaker: `npm run
 * typecheck` (tsc) compiles this file, so a field the SDK does not know, or a wrong type, fails it.
 */
import type { CreateEndpointConfigInput, UpdateEndpointInput } from '@aws-sdk/client-sagemaker';
import { expect, it } from 'vitest';
import { renderSageMaker, type SageMakerEndpointConfig, type SageMakerUpdateEndpoint } from '../../src/deploy/render/sagemaker.js';

// The assignments tsc checks.
const asCreateInput = (c: SageMakerEndpointConfig): CreateEndpointConfigInput => c;
const asUpdateInput = (u: SageMakerUpdateEndpoint): UpdateEndpointInput => u;

// @ts-expect-error a weight given as a string is not a ProductionVariant: the check above is not vacuous.
const wrong: CreateEndpointConfigInput = { EndpointConfigName: 'x', ProductionVariants: [{ VariantName: 'v', InitialVariantWeight: '1' }] };

it('every rendered endpoint configuration and update is an SDK input', () => {
  const entries = [
    { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 25 },
    { strategy: 'shadow', stable: '1.0.0', candidate: '1.1.0', traffic: 100 },
    { strategy: 'blue-green', stable: '1.0.0', candidate: '1.1.0', traffic: 100 },
  ] as const;
  for (const entry of entries) {
    const r = renderSageMaker({ env: 'prod', serving: [{ model: 'm', entry, artifacts: {} }] });
    const create = asCreateInput(r.files[0]!.data as SageMakerEndpointConfig);
    expect(create.ProductionVariants?.length).toBeGreaterThan(0);
    if (r.files[1]) expect(asUpdateInput(r.files[1].data as SageMakerUpdateEndpoint).DeploymentConfig).toBeDefined();
  }
  expect(wrong.EndpointConfigName).toBe('x');
});
