// Type-checks each runtime with its own tsconfig, so a layer that reaches for another
// runtime's globals (DOM in shared/, Node in renderer/) fails here.
import { spawnSync } from 'node:child_process';

const projects = ['shared', 'renderer', 'electron', 'tests'];
let failed = false;
for (const project of projects) {
  const run = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', `${project}/tsconfig.json`], { stdio: 'inherit' });
  if (run.status !== 0) { failed = true; console.error(`typecheck: ${project}/ has errors`); }
  else console.log(`typecheck: ${project}/ ok`);
}
process.exit(failed ? 1 : 0);
