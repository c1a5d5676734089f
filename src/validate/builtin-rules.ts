/** The checks modelgate makes itself (not from a policy pack), with the help shown in SARIF and docs. */
export interface BuiltinRule {
  id: string;
  title: string;
  help: string;
}

export const BUILTIN_RULES: BuiltinRule[] = [
  { id: 'yaml.syntax', title: 'YAML does not parse', help: 'The file is not valid YAML 1.2. Fix the syntax at the line and column given.' },
  { id: 'yaml.duplicate-key', title: 'Duplicate key', help: 'A key appears twice in one mapping. YAML readers disagree on which value wins, so modelgate refuses the file.' },
  { id: 'yaml.alias-limit', title: 'Too many alias expansions', help: 'The document expands aliases more often than allowed (an "alias bomb"). Write the values out.' },
  { id: 'yaml.too-large', title: 'File too large', help: 'Registry documents are small text files. Store large data as an artifact and reference it by uri and sha256.' },
  { id: 'yaml.binary', title: 'Binary or non-UTF-8 file', help: 'Registry documents are UTF-8 text.' },
  { id: 'yaml.empty', title: 'Empty document', help: 'The file holds no YAML value.' },
  { id: 'yaml.multi-document', title: 'More than one YAML document', help: 'A registry file holds exactly one YAML document; remove the second `---`.' },
  { id: 'yaml.yaml11-boolean', title: 'YAML 1.1 boolean', help: 'yes/no/on/off (and y/n) are strings in YAML 1.2 but booleans for YAML 1.1 readers such as PyYAML (the "Norway problem"). Quote them.' },
  { id: 'yaml.number-changed', title: 'Number that changes its text', help: 'An unquoted value such as 1.10 is read as the number 1.1. Quote versions and identifiers.' },
  { id: 'yaml.hex-number', title: 'Digest read as a number', help: 'A digest or identifier made only of digits (or 0x…, or 12e34…) is read as a number and loses its value. Quote it.' },
  { id: 'yaml.yaml11-sexagesimal', title: 'YAML 1.1 base-60 number', help: 'Values like 1:30 are base-60 numbers in YAML 1.1. Quote them.' },
  { id: 'yaml.yaml11-octal', title: 'YAML 1.1 octal number', help: 'Values like 0755 are octal in YAML 1.1 and decimal in YAML 1.2. Quote identifiers.' },
  { id: 'schema.invalid', title: 'Document does not match its schema', help: 'Each document is validated against the JSON Schema of its schemaVersion (schemas/<kind>-v<N>.schema.json).' },
  { id: 'schema.version', title: 'Missing or unknown schemaVersion', help: 'Every document carries schemaVersion; modelgate validates it against the schema of that version.' },
  { id: 'schema.not-a-mapping', title: 'Document is not a mapping', help: 'A registry document is a YAML mapping of fields.' },
  { id: 'registry.invalid-name', title: 'Invalid model name', help: 'Model directories match ^[a-z0-9][a-z0-9._-]{0,62}$ without "..".' },
  { id: 'registry.invalid-version', title: 'Invalid version directory', help: 'Version directories are semantic versions such as 1.2.0.' },
  { id: 'registry.model-missing', title: 'model.yaml missing', help: 'Every model directory holds model.yaml with the owner team and risk tier.' },
  { id: 'registry.card-missing', title: 'card.yaml missing', help: 'Every version directory holds card.yaml.' },
  { id: 'registry.model-mismatch', title: 'Model name differs from its directory', help: 'The `model`/`name` field must equal the directory name.' },
  { id: 'registry.version-mismatch', title: 'Version differs from its directory', help: 'A card\'s `version` must equal its directory name, as a quoted string.' },
  { id: 'registry.symlink', title: 'Symbolic link in the registry', help: 'Links can point outside the repository; the registry refuses them.' },
  { id: 'registry.special-file', title: 'Special file in the registry', help: 'FIFOs, sockets, devices and submodules are not read: a FIFO would block the run.' },
  { id: 'registry.unexpected-file', title: 'File not read', help: 'The file is not where modelgate reads documents.' },
  { id: 'registry.unknown-environment', title: 'Unknown environment', help: 'Manifests are named after an environment declared in modelgate.yaml.' },
  { id: 'registry.environment-mismatch', title: 'Manifest environment differs from its file name', help: 'deployments/<env>.yaml says `environment: <env>`.' },
  { id: 'registry.card-immutable', title: 'Merged card edited or deleted', help: 'A merged card is immutable. Register a new version instead; facts that change after merge live in model.yaml.' },
  { id: 'manifest.unknown-model', title: 'Manifest names an unregistered model', help: 'Every model a manifest serves is registered under models/.' },
  { id: 'manifest.unknown-version', title: 'Manifest names an unregistered version', help: 'Every version a manifest serves has a card.' },
  { id: 'manifest.rejected-version', title: 'Manifest serves a rejected version', help: 'A version marked rejected in model.yaml (e.g. by a rollback) is not promoted again.' },
  { id: 'waiver.expired', title: 'Expired waiver', help: 'A waiver past its expiry no longer suppresses its rule.' },
  { id: 'waiver.unknown-rule', title: 'Waiver for an unknown rule', help: 'The waiver names a rule no policy pack defines.' },
  { id: 'waiver.not-waivable', title: 'Waiver for a rule that cannot be waived', help: 'The rule is marked waivable: false.' },
];

export const BUILTIN_BY_ID = new Map(BUILTIN_RULES.map((r) => [r.id, r]));
