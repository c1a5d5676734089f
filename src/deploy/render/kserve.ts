/**
 * KServe InferenceService (serving.kserve.io/v1beta1). KServe's canary model: one
 * InferenceService whose predictor is the new revision, `canaryTrafficPercent` of traffic goes to
 * it and the rest to the last revision rolled out at 100% (KServe docs, "Canary Rollout
 * Strategy"; the rollout samples in docs/samples/v1beta1/rollout/: canary = 10, pinned = 0,
 * promotion = the field removed). So the stable is never named in the resource: it is whatever
 * was applied before, which is why the previous manifest must have been applied first.
 */
import { stringify } from 'yaml';
import type { RenderInput, RenderResult, RenderedFile, Unsupported } from './types.js';

export interface InferenceService {
  apiVersion: 'serving.kserve.io/v1beta1';
  kind: 'InferenceService';
  metadata: { name: string; annotations: Record<string, string> };
  spec: { predictor: { canaryTrafficPercent?: number; model: { modelFormat: { name: string }; storageUri: string } } };
}

/** Kubernetes object names for an InferenceService are DNS-1035 labels: lowercase letters, digits, '-', starting with a letter. */
export function kserveName(model: string): string {
  let name = model.replace(/[._]/g, '-').replace(/-+$/, '');
  if (!/^[a-z]/.test(name)) name = `m-${name}`;
  return name.slice(0, 63).replace(/-+$/, '');
}

export function renderKServe(input: RenderInput): RenderResult {
  const files: RenderedFile[] = [];
  const unsupported: Unsupported[] = [];
  for (const { model, entry, artifacts } of input.serving) {
    const no = (reason: string) => unsupported.push({ model, strategy: entry.strategy, reason });
    if (entry.strategy === 'ab') {
      no('KServe has no A/B test: canaryTrafficPercent splits traffic between the last rolled-out revision and the newest one and is meant to end in promotion; a champion/challenger split would be a canary under another name. Use `strategy: canary`, or the table renderer with your own router.');
      continue;
    }
    if (entry.strategy === 'shadow') {
      no('KServe\'s InferenceService has no traffic mirroring (shadow); mirror with your ingress (e.g. an Istio VirtualService `mirror`) and render the table for it.');
      continue;
    }
    const t = entry.traffic ?? 0;
    // direct serves the stable; canary and blue-green put the candidate in the spec and let canaryTrafficPercent hold the split.
    const version = entry.strategy === 'direct' || !entry.candidate ? entry.stable : entry.candidate;
    const artifact = artifacts[version] ?? {};
    if (!artifact.uri) {
      no(`${model} ${version} has no artifact.uri in its card: KServe needs a storageUri`);
      continue;
    }
    if (!artifact.format) {
      no(`${model} ${version} has no artifact.format in its card: KServe needs spec.predictor.model.modelFormat.name (e.g. onnx, sklearn, pytorch); modelgate does not guess it`);
      continue;
    }
    const predictor: InferenceService['spec']['predictor'] = { model: { modelFormat: { name: artifact.format }, storageUri: artifact.uri } };
    if (entry.strategy !== 'direct' && entry.candidate && t < 100) predictor.canaryTrafficPercent = t;
    const isvc: InferenceService = {
      apiVersion: 'serving.kserve.io/v1beta1',
      kind: 'InferenceService',
      metadata: {
        name: kserveName(model),
        annotations: {
          'modelgate.io/model': model,
          'modelgate.io/environment': input.env,
          'modelgate.io/strategy': entry.strategy,
          'modelgate.io/stable': entry.stable,
          ...(entry.candidate ? { 'modelgate.io/candidate': entry.candidate, 'modelgate.io/traffic': String(t) } : {}),
        },
      },
      spec: { predictor: { ...(predictor.canaryTrafficPercent !== undefined ? { canaryTrafficPercent: predictor.canaryTrafficPercent } : {}), model: predictor.model } },
    };
    files.push({ path: `kserve/${kserveName(model)}.yaml`, data: isvc, content: stringify(isvc) });
  }
  const notes = [
    'canaryTrafficPercent needs KServe\'s Serverless deployment mode (Knative); in RawDeployment mode it has no effect.',
    'KServe splits canary traffic against the last revision rolled out at 100%: apply each manifest change in order, so that revision is the stable one.',
  ];
  return { platform: 'kserve', files, unsupported, notes };
}
