// The node driver of the comparison runner, with the command line of every engine driver:
//   node node-driver.js FILE...   runs the files in order in the global scope, with d8's shell
//                                  functions print(...) and read(file)
// (node -e does the startup measurement itself). A failure prints one line "error: ..." on
// standard error and exits with status 1.
'use strict';
const fs = require('fs');
const vm = require('vm');

globalThis.print = (...values) => console.log(values.join(' '));
globalThis.read = (file) => fs.readFileSync(String(file), 'utf8');
console.log('@info ' + process.version + ' (V8 ' + process.versions.v8 + ')');
try {
  for (const file of process.argv.slice(2)) {
    vm.runInThisContext(fs.readFileSync(file, 'utf8'), { filename: file });
  }
} catch (e) {
  console.error('error: ' + String(e).replace(/\s+/g, ' '));
  process.exitCode = 1;
}
