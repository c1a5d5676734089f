/**
 * Waivers, in one code path: a card's waiver suppresses its rule's findings on that card until it
 * expires (the `expires` date is the last day it holds, compared in UTC). An expired waiver
 * re-enables its rule and is reported itself. Whether the named approver really approved is the
 * approvals gate's question; here only form, rule and expiry are checked.
 */
import type { Finding } from '../findings.js';
import type { Waiver } from '../registry/types.js';
import type { PathSegment, Position } from '../yaml/strict.js';
import type { CompiledPack } from './engine.js';

export interface WaiverInput {
  waivers: Waiver[];
  file: string;
  locate(path: readonly PathSegment[], which?: 'key' | 'value'): Position;
  model?: string;
  version?: string;
}

export type WaiverState = 'active' | 'expired' | 'unknown-rule' | 'not-waivable';

export function waiverState(w: Waiver, compiled: CompiledPack, today: string): WaiverState {
  const rule = compiled.byId.get(w.rule);
  if (!rule) return 'unknown-rule';
  if (rule.loaded.rule.waivable === false) return 'not-waivable';
  return w.expires >= today ? 'active' : 'expired';
}

/** Applies the card's waivers to its findings; returns the new findings list (input is not mutated). */
export function applyWaivers(findings: Finding[], input: WaiverInput, compiled: CompiledPack, today: string): Finding[] {
  const out: Finding[] = [];
  const active = new Map<string, Waiver>();
  const ctx = { ...(input.model ? { model: input.model } : {}), ...(input.version ? { version: input.version } : {}) };
  input.waivers.forEach((w, i) => {
    const state = waiverState(w, compiled, today);
    const pos = input.locate(['waivers', i, state === 'expired' ? 'expires' : 'rule']);
    if (state === 'active') {
      if (!active.has(w.rule)) active.set(w.rule, w);
      return;
    }
    const messages: Record<Exclude<WaiverState, 'active'>, [string, string, Finding['severity']]> = {
      expired: [`waiver for rule '${w.rule}' expired on ${w.expires} (today is ${today}); the rule applies again`, 'Fix what the rule reports, or get a new waiver approved with a new expiry date.', 'warn'],
      'unknown-rule': [`waiver names rule '${w.rule}', which no policy pack defines`, 'Correct the rule id (see `modelgate validate --format json` for ids) or remove the waiver.', 'warn'],
      'not-waivable': [`rule '${w.rule}' cannot be waived`, 'Fix what the rule reports; this rule allows no waivers.', 'deny'],
    };
    const [message, remediation, severity] = messages[state];
    out.push({ ruleId: `waiver.${state}`, severity, file: input.file, ...pos, message, remediation, ...ctx });
  });
  for (const f of findings) {
    const w = active.get(f.ruleId);
    if (!w || f.severity === 'info') {
      out.push(f);
      continue;
    }
    out.push({
      ...f,
      severity: 'info',
      message: `waived until ${w.expires} by ${w.approver}${w.ticket ? ` (${w.ticket})` : ''}: ${f.message}`,
      waivedBy: { approver: w.approver, expires: w.expires, reason: w.reason, ...(w.ticket ? { ticket: w.ticket } : {}) },
    });
  }
  return out;
}
