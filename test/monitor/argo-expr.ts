/**
 * Just enough of expr-lang (the language of Argo Rollouts' successCondition/failureCondition) to
 * recompute the corpus AnalysisRuns: comparisons, && || and or !, len, isNaN, isInf, all/any with
 * `{# ...}` closures, indexing and field access. Plus Argo's measurement and metric assessment.
 */
type Val = unknown;
type Node = (env: { result: Val; hash?: Val }) => Val;

function tokenize(src: string): string[] {
  const re = /\s*(>=|<=|==|!=|&&|\|\||[()[\]{}.,!<>#]|"[^"]*"|[0-9]+(?:\.[0-9]+)?|[A-Za-z_][A-Za-z0-9_]*)/y;
  const out: string[] = [];
  let m: RegExpExecArray | null;
  re.lastIndex = 0;
  while (re.lastIndex < src.trim().length && (m = re.exec(src))) out.push(m[1]!);
  if (out.join('').replace(/\s/g, '') !== src.replace(/\s/g, '')) throw new Error(`cannot tokenize: ${src}`);
  return out;
}

export function compile(src: string): Node {
  const toks = tokenize(src);
  let i = 0;
  const peek = (): string | undefined => toks[i];
  const eat = (t?: string): string => {
    const x = toks[i++];
    if (x === undefined || (t !== undefined && x !== t)) throw new Error(`expected ${t ?? 'token'} in ${src}`);
    return x;
  };
  const or = (): Node => {
    let l = and();
    while (peek() === '||' || peek() === 'or') {
      eat();
      const a = l, b = and();
      l = (e) => Boolean(a(e)) || Boolean(b(e));
    }
    return l;
  };
  const and = (): Node => {
    let l = not();
    while (peek() === '&&' || peek() === 'and') {
      eat();
      const a = l, b = not();
      l = (e) => Boolean(a(e)) && Boolean(b(e));
    }
    return l;
  };
  const not = (): Node => {
    if (peek() === '!' || peek() === 'not') {
      eat();
      const a = not();
      return (e) => !a(e);
    }
    return cmp();
  };
  const cmp = (): Node => {
    const l = postfix();
    const op = peek();
    if (op && ['==', '!=', '>=', '<=', '>', '<'].includes(op)) {
      eat();
      const r = postfix();
      return (e) => {
        const a = l(e) as number, b = r(e) as number;
        switch (op) {
          case '==': return a === b;
          case '!=': return a !== b;
          case '>=': return a >= b;
          case '<=': return a <= b;
          case '>': return a > b;
          default: return a < b;
        }
      };
    }
    return l;
  };
  const postfix = (): Node => {
    let n = primary();
    for (;;) {
      if (peek() === '[') {
        eat('[');
        const obj = n, idx = or();
        eat(']');
        n = (e) => {
          const o = obj(e) as unknown[];
          const k = idx(e) as number;
          if (!Array.isArray(o) || k >= o.length) throw new Error('index out of range');
          return o[k];
        };
      } else if (peek() === '.') {
        eat('.');
        const obj = n, key = eat();
        n = (e) => (obj(e) as Record<string, unknown>)[key];
      } else return n;
    }
  };
  const primary = (): Node => {
    const t = eat();
    if (t === '(') {
      const n = or();
      eat(')');
      return n;
    }
    if (t === '{') {
      const body = or();
      eat('}');
      return () => body;
    }
    if (t === '#') return (e) => e.hash;
    if (t.startsWith('"')) return () => t.slice(1, -1);
    if (/^[0-9]/.test(t)) return () => Number(t);
    if (t === 'result') return (e) => e.result;
    if (t === 'true' || t === 'false') return () => t === 'true';
    if (peek() === '(') {
      eat('(');
      const args: Node[] = [];
      while (peek() !== ')') {
        args.push(or());
        if (peek() === ',') eat(',');
      }
      eat(')');
      return (e) => {
        const v = args.map((a) => a(e));
        switch (t) {
          case 'len': return (v[0] as unknown[]).length;
          case 'isNaN': return typeof v[0] === 'number' && Number.isNaN(v[0]);
          case 'isInf': return v[0] === Infinity || v[0] === -Infinity;
          case 'all':
          case 'any': {
            const body = v[1] as Node;
            const arr = v[0] as unknown[];
            return t === 'all' ? arr.every((x) => body({ ...e, hash: x })) : arr.some((x) => body({ ...e, hash: x }));
          }
          default: throw new Error(`unknown function ${t}`);
        }
      };
    }
    throw new Error(`unexpected ${t} in ${src}`);
  };
  const n = or();
  if (i !== toks.length) throw new Error(`trailing tokens in ${src}`);
  return n;
}

export type Phase = 'Successful' | 'Failed' | 'Inconclusive' | 'Error' | 'Running' | 'Pending';

/** Argo's evaluateResult: with one condition, the other is its negation; neither true → Inconclusive. */
export function measurementPhase(result: Val, successCondition?: string, failureCondition?: string): Phase {
  try {
    if (!successCondition && !failureCondition) return 'Successful';
    let ok = successCondition ? Boolean(compile(successCondition)({ result })) : false;
    let bad = failureCondition ? Boolean(compile(failureCondition)({ result })) : false;
    if (successCondition && !failureCondition) bad = !ok;
    if (!successCondition && failureCondition) ok = !bad;
    if (bad) return 'Failed';
    if (!ok) return 'Inconclusive';
    return 'Successful';
  } catch {
    // Argo records an expression that cannot be evaluated (e.g. result[0] of []) as a failed evaluation.
    return 'Error';
  }
}

export interface MetricSpec {
  failureLimit?: number;
  inconclusiveLimit?: number;
  consecutiveErrorLimit?: number;
  count?: number;
  interval?: string;
}

/** Argo's assessMetricStatus over counters rebuilt from the measurement list (not the file's counters). */
export function metricPhase(spec: MetricSpec, phases: Phase[], terminating = false): Phase {
  if (phases.length === 0) return terminating ? 'Successful' : 'Pending';
  if (phases[phases.length - 1] === 'Running' || phases[phases.length - 1] === 'Pending') return 'Running';
  const failed = phases.filter((p) => p === 'Failed').length;
  const inconclusive = phases.filter((p) => p === 'Inconclusive').length;
  let consecutiveError = 0;
  for (const p of phases) consecutiveError = p === 'Error' ? consecutiveError + 1 : 0;
  const count = phases.filter((p) => p !== 'Error').length;
  if (failed > (spec.failureLimit ?? 0)) return 'Failed';
  if (inconclusive > (spec.inconclusiveLimit ?? 0)) return 'Inconclusive';
  if (consecutiveError > (spec.consecutiveErrorLimit ?? 4)) return 'Error';
  // EffectiveCount: count when given; 1 when there is no interval (a one-shot metric); else unbounded.
  const effective = spec.count ?? (spec.interval ? undefined : 1);
  if (effective !== undefined && count >= effective) return 'Successful';
  return terminating ? 'Successful' : 'Running';
}
