/**
 * Typed action inputs. Composite actions receive no `INPUT_*` variables of their own: each
 * action.yml maps every input through `env:` as `INPUT_<NAME>`, which is where @actions/core's
 * getInput reads it. These helpers add what getInput lacks: `undefined` for an empty input, enum
 * checks that name the allowed values, and migration messages for renamed inputs.
 */
import * as core from '@actions/core';
import { UsageError } from '../../errors.js';

/** A bad input value: the message names the input and what it accepts. */
export class InputError extends UsageError {
  override name = 'InputError';
}

/** The input, trimmed, or `undefined` when it is empty or unset (getInput returns '' for both). */
export function getOptionalInput(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

export function getRequiredInput(name: string, hint = ''): string {
  const value = getOptionalInput(name);
  if (value === undefined) throw new InputError(`Input "${name}" is required and was empty.${hint ? ` ${hint}` : ''}`);
  return value;
}

/** One of `allowed`, or `fallback` when empty; anything else is an error listing the allowed values. */
export function getEnumInput<T extends string>(name: string, allowed: readonly T[], fallback: T): T;
export function getEnumInput<T extends string>(name: string, allowed: readonly T[]): T | undefined;
export function getEnumInput<T extends string>(name: string, allowed: readonly T[], fallback?: T): T | undefined {
  const value = getOptionalInput(name);
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`Input "${name}" must be one of ${allowed.map((a) => `"${a}"`).join(', ')}; got "${value}".`);
  }
  return value as T;
}

/** YAML 1.2 core booleans, as @actions/core accepts them, but optional. */
export function getOptionalBooleanInput(name: string, fallback: boolean): boolean {
  const value = getOptionalInput(name);
  if (value === undefined) return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`Input "${name}" must be true or false; got "${value}".`);
}

export interface RenamedInput {
  /** The input's current name. */
  to: string;
  /** What else changed, e.g. a new value format. */
  note?: string;
}

/**
 * Fails when a workflow still sets an input under an old name. The old names stay declared in
 * action.yml (with `deprecationMessage`) and mapped through `env:`, or the runner would drop the
 * value with only a warning and the action would silently run on the default.
 */
export function throwOnRenamedInputs(renamed: Record<string, RenamedInput>): void {
  const problems: string[] = [];
  for (const [from, { to, note }] of Object.entries(renamed)) {
    if (getOptionalInput(from) !== undefined) {
      problems.push(`Input "${from}" is named "${to}" in this action: rename it under \`with:\` in your workflow.${note ? ` ${note}` : ''}`);
    }
  }
  if (problems.length) throw new InputError(problems.join('\n'));
}
