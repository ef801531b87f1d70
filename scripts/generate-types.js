#!/usr/bin/env node
/**
 * Generates TypeScript types from the JSON Schemas under schemas/, so no shape is written twice.
 * Output: catalog/generated/<schema-file-name>.ts, one file per schema. `--check` exits 1 when a
 * generated file is out of date (run by the test suite).
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { compile } = require('json-schema-to-typescript');

const root = path.join(__dirname, '..');
const schemasDir = path.join(root, 'schemas');
const outDir = path.join(root, 'catalog', 'generated');
const check = process.argv.includes('--check');

function schemaFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return schemaFiles(full);
    return entry.name.endsWith('.schema.json') ? [full] : [];
  });
}

function outputName(file) {
  const rel = path.relative(schemasDir, file).replace(/\.schema\.json$/, '');
  return rel.split(path.sep).join('--') + '.ts';
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const stale = [];
  const expected = new Set();
  for (const file of schemaFiles(schemasDir).sort()) {
    const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
    delete schema.$schema;
    const ts = await compile(schema, schema.title ?? path.basename(file), {
      bannerComment: `/* Generated from schemas/${path.relative(schemasDir, file)} by scripts/generate-types.js. Do not edit. */`,
      additionalProperties: false,
      strictIndexSignatures: true,
      format: true,
      style: { singleQuote: true, printWidth: 120 },
      cwd: path.dirname(file),
    });
    const name = outputName(file);
    expected.add(name);
    const target = path.join(outDir, name);
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
    if (current !== ts) {
      stale.push(name);
      if (!check) fs.writeFileSync(target, ts);
    }
  }
  for (const existing of fs.readdirSync(outDir)) {
    if (!expected.has(existing)) {
      stale.push(existing);
      if (!check) fs.unlinkSync(path.join(outDir, existing));
    }
  }
  if (check && stale.length > 0) {
    console.error(`generated types are out of date: ${stale.join(', ')}; run \`npm run gen:types\``);
    process.exit(1);
  }
  if (!check) console.log(`generated ${expected.size} type files (${stale.length} changed)`);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
