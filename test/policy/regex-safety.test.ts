import { describe, expect, it } from 'vitest';
import { findRegexHazards, regexHazard } from '../../src/policy/regex-safety.js';

describe('regexHazard: nested repetition (star height above one) is refused', () => {
  it.each([
    '^(a+)+$',
    '(a*)*',
    '^(\\w+\\s?)*$',
    '((ab)+c?)+',
    '(?:x+y)+',
    '(?<word>[a-z]+)*',
    '(a+){2,}',
    '(a{1,5}){3,10}',
    '((a+))+',
  ])('refuses %s', (pattern) => {
    expect(regexHazard(pattern)).toMatch(/nested quantifiers/);
  });

  it.each([
    '^[0-9a-fA-F]{64}$',
    '^[a-z0-9][a-z0-9._-]{0,62}$',
    '(?:^|[-_ ])(?:[Nn][Cc]|[Nn]on-?[Cc]ommercial)(?:$|[-_ .0-9])',
    '^(a|b)+$',
    '^(ab)+$',
    '(a+)?',
    '(a+){1}',
    '[(a+)+]',
    '\\(a+\\)+',
    'a+?b*?',
    '^x{2}(y+)$',
    '(?=a+)b+',
  ])('accepts %s', (pattern) => {
    expect(regexHazard(pattern)).toBeUndefined();
  });
});

describe('findRegexHazards walks a rule schema', () => {
  it('finds patterns, patternProperties keys and $data patterns, with their paths, and ignores data keywords', () => {
    const schema = {
      properties: {
        card: { properties: { a: { pattern: '^(a+)+$' }, b: { pattern: { $data: '1/c' } } } },
        x: { patternProperties: { '^(x*)*$': { pattern: '^(y+)+$' } } },
      },
      const: { pattern: '^(a+)+$' },
      examples: [{ pattern: '(a*)*' }],
    };
    expect(findRegexHazards(schema, ['schema']).map((h) => h.path.join('.'))).toEqual([
      'schema.properties.card.properties.a.pattern',
      'schema.properties.card.properties.b.pattern',
      'schema.properties.x.patternProperties.^(x*)*$',
      'schema.properties.x.patternProperties.^(x*)*$.pattern',
    ]);
  });
});
