import fs from 'node:fs';
import path from 'node:path';

/**
 * The project root, found by walking up to our package.json. Code runs both from source (ts-jest) and
 * from dist/, so a fixed number of '..' would be wrong in one of the two.
 */
function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) {
      const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string };
      if (pkg.name === 'tongban') return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the tongban package root above ${start}`);
    dir = parent;
  }
}

export const PROJECT_ROOT = findRoot(__dirname);
export const SCHEMAS_DIR = path.join(PROJECT_ROOT, 'schemas');
export const DEFAULT_CONTRACTS_DIR = path.join(PROJECT_ROOT, 'contracts');
