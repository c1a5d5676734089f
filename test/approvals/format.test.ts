// The decision as Markdown (check run summary, pull request comment) and as text.
import { describe, expect, it } from 'vitest';
import { formatDecisionMarkdown, formatDecisionText, quietMentions } from '../../src/approvals/format.js';

const decision = {
  approved: false,
  codeOwnersSatisfied: false,
  files: [
    { path: 'models/a|b/model.yaml', owners: ['@acme/fraud-ml', '@alice'], approvedBy: ['alice'] },
    { path: 'notes.txt', owners: [], approvedBy: [] },
    { path: 'README.md', owners: ['@acme/platform'], approvedBy: [] },
  ],
  missing: ['an approval from @acme/platform (code owner of README.md)'],
  blockers: ['bob'],
  reasons: ['@bob requested changes (review 4): this blocks until @bob approves or the review is dismissed', 'owner docs@acme.example is an email address'],
};

describe('Markdown', () => {
  it('renders the file → owners → satisfied by table, and never pings the people it names', () => {
    const md = formatDecisionMarkdown(decision);
    expect(md).toContain('| `models/a\\|b/model.yaml` | `@acme/fraud-ml` `@alice` | `@alice` |');
    expect(md).toContain('| `notes.txt` | _no owner_ | — |');
    expect(md).toContain('| `README.md` | `@acme/platform` | ❌ missing |');
    expect(md).toContain('- an approval from `@acme/platform` (code owner of README.md)');
    expect(md).toContain('**Changes requested by** `@bob`');
    // Every @mention outside code spans would notify; none is left.
    const outsideCode = md.replace(/`[^`]*`/g, '');
    expect(outsideCode).not.toMatch(/(^|\s)@[A-Za-z]/m);
    expect(outsideCode).toContain('docs@acme.example');
  });

  it('quiets logins, teams and bots, not email addresses', () => {
    expect(quietMentions('from @a, @org/t-1 and (@x[bot]) or me@example.com')).toBe('from `@a`, `@org/t-1` and (`@x[bot]`) or me@example.com');
  });

  it('summarises files beyond the limit', () => {
    const many = { ...decision, files: Array.from({ length: 5 }, (_, i) => ({ path: `f${i}`, owners: ['@a'], approvedBy: [] })) };
    expect(formatDecisionMarkdown(many, { maxFiles: 2 })).toContain('| … 3 more files | | |');
  });
});

describe('text', () => {
  it('lists files, missing approvals, blockers and reasons', () => {
    expect(formatDecisionText(decision)).toBe(
      [
        'approvals: NOT APPROVED',
        'code owners: not satisfied',
        '',
        'files:',
        '  models/a|b/model.yaml  @acme/fraud-ml @alice  approved by @alice',
        '  notes.txt              no owner',
        '  README.md              @acme/platform  NOT APPROVED',
        '',
        'missing:',
        '  - an approval from @acme/platform (code owner of README.md)',
        '',
        'blocked by (changes requested):',
        '  - @bob',
        '',
        'reasons:',
        '  - @bob requested changes (review 4): this blocks until @bob approves or the review is dismissed',
        '  - owner docs@acme.example is an email address',
        '',
      ].join('\n'),
    );
  });
});
