import { main } from './main.js';
import { processIO } from './io.js';

void main(process.argv.slice(2), processIO()).then((code) => {
  process.exitCode = code;
});
