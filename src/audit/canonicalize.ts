/**
 * RFC 8785 canonical JSON from the `canonicalize` package (4.x: 5.x needs Node 22).
 *
 * Imported by file, not by package name: the package exports only an `import` condition, and ncc
 * resolves modules of lazily loaded CLI chunks (every command is one) under `require` conditions,
 * which fails the build. The file is the package's own entry point; package.json pins the version.
 */
import canonicalize from '../../node_modules/canonicalize/lib/canonicalize.js';

export default canonicalize;
