/** Text renderings of a plan and of the serving status, for people; JSON is the data itself. */
import type { ServingEntry } from '../registry/types.js';
import type { Plan, ServingStatus } from './plan.js';
import type { GateResult, ModelChange } from './promotion.js';

export function describeEntry(entry: ServingEntry | null): string {
  if (!entry) return '(not served)';
  if (entry.strategy === 'direct' || !entry.candidate) return `${entry.strategy} ${entry.stable}`;
  const t = entry.traffic ?? 0;
  switch (entry.strategy) {
    case 'canary':
    case 'ab':
      return `${entry.strategy} ${entry.stable} ${100 - t}% / ${entry.candidate} ${t}%`;
    case 'blue-green':
      return `blue-green blue ${entry.stable}, green ${entry.candidate} (${t === 100 ? 'switched to green' : 'on blue'})`;
    case 'shadow':
      return `shadow ${entry.stable} 100%, ${entry.candidate} mirrors ${t}%`;
  }
}

function changeLine(c: ModelChange): string[] {
  const lines = [`  ${c.model}: ${describeEntry(c.before)} → ${describeEntry(c.after)}`];
  if (c.versionsIn.length) lines.push(`    in: ${c.versionsIn.join(', ')}${c.rollbackTo.length ? ` (rollback to ${c.rollbackTo.join(', ')})` : ''}`);
  if (c.versionsOut.length) lines.push(`    out: ${c.versionsOut.join(', ')}`);
  return lines;
}

const MARK: Record<GateResult['outcome'], string> = { pass: 'PASS', fail: 'FAIL', deferred: 'LATER' };

export function formatPlanText(plan: Plan): string {
  const lines = [`modelgate plan: ${plan.env}`, `  base: ${plan.base.ref}${plan.base.commit ? ` (${plan.base.commit.slice(0, 12)})` : ''}`, `  head: ${plan.head.ref}${plan.head.commit ? ` (${plan.head.commit.slice(0, 12)})` : ''}`, `  history: ${plan.history}`, `  now: ${plan.now} (the reference time for bake times; --now to change it)`, ''];
  if (plan.hotfix) lines.push(`Hot fix: ${plan.hotfix.reason}${plan.hotfix.incident ? ` (${plan.hotfix.incident})` : ''}`, '');
  const changed = plan.changes.filter((c) => c.change !== 'unchanged');
  const file = `deployments/${plan.env}.yaml`;
  if (plan.manifestInvalid?.head) lines.push(`Changes: unknown — the head's ${file} is invalid (see the policy gate)`);
  else lines.push(changed.length ? 'Changes:' : 'Changes: none to this environment\'s manifest');
  if (plan.manifestInvalid?.base) lines.push(`  (the base's ${file} is invalid: what served before is unknown; see the trafficSteps gate)`);
  for (const c of changed) lines.push(...changeLine(c));
  lines.push('', 'Gates:');
  for (const g of plan.gates) {
    const mode = g.mode === 'advisory' ? ' (advisory)' : '';
    lines.push(`  ${(g.warning && g.outcome === 'pass' ? 'WARN' : MARK[g.outcome]).padEnd(5)} ${g.gate}${mode}: ${g.message}`);
    if (g.remedy && g.outcome !== 'pass') lines.push(`        fix: ${g.remedy}`);
  }
  const blocking = plan.gates.filter((g) => g.blocking).length;
  const advisory = plan.gates.filter((g) => g.outcome === 'fail' && !g.blocking).length;
  const deferred = plan.gates.filter((g) => g.outcome === 'deferred').length;
  lines.push('', `Verdict: ${plan.verdict === 'pass' ? 'pass' : 'fail'} (${blocking} blocking, ${advisory} advisory failure(s), ${deferred} left to the deploy job)`, '');
  return lines.join('\n');
}

export function formatStatusText(status: ServingStatus): string {
  const lines = [`modelgate status at ${status.ref}${status.commit ? ` (${status.commit.slice(0, 12)})` : ''}`, `  history: ${status.history}`];
  for (const e of status.environments) {
    lines.push('', `${e.env}:`);
    if (e.invalid) {
      lines.push(`  INVALID: deployments/${e.env}.yaml does not pass its schema, so what serves cannot be told from it:`);
      for (const f of e.invalid) lines.push(`    ${f.file}:${f.line}:${f.column} ${f.message}`);
      continue;
    }
    if (e.models.length === 0) lines.push('  (nothing serves)');
    for (const m of e.models) {
      lines.push(`  ${m.model}: ${describeEntry(m.entry)}`, `    since ${m.since}${m.timeAdjusted ? ' (commit time adjusted for clock skew)' : ''}, commit ${m.commit.slice(0, 12)}`);
    }
  }
  lines.push('');
  return lines.join('\n');
}
