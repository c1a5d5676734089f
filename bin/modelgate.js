#!/usr/bin/env node
// The committed bundle (npm run build) so a fresh clone runs without compiling.
import '../dist/cli/index.js';
