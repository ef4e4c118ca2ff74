/**
 * The naming rules Excel applies to custom functions (Microsoft's "custom functions naming"
 * article), checked by the build for the localized names the metadata generator never sees:
 * a function name or namespace starts with a letter, has at least three characters, and holds
 * only letters (any script), digits, "_" and "."; a name that reads as a cell reference
 * (A1…XFD1048576, R1C1) is refused too. Parameter names start with a letter and hold letters,
 * digits and "_". Returns the problems as text, empty when all is well.
 */
const NAME = /^\p{L}[\p{L}\p{N}_.]*$/u;
const PARAM = /^\p{L}[\p{L}\p{N}_]*$/u;
const CELL = /^(?:[A-Z]{1,3}[0-9]+|R[0-9]+C[0-9]+)$/i;

/** Problems with a function name or namespace (`what` names it in the message). */
function nameProblems(name, what) {
  const out = [];
  if (typeof name !== "string" || [...name].length < 3) out.push(`${what}: "${name}" has fewer than three characters`);
  else if (!NAME.test(name)) out.push(`${what}: "${name}" must start with a letter and hold only letters, digits, "_" and "."`);
  else if (CELL.test(name)) out.push(`${what}: "${name}" reads as a cell reference`);
  return out;
}

/** Problems with a localized metadata object: every function name, parameter names unique per function. */
function metadataProblems(meta) {
  const out = [];
  const seen = new Map();
  for (const f of meta.functions ?? []) {
    out.push(...nameProblems(f.name, `function ${f.id}`));
    const key = String(f.name).toLocaleUpperCase();
    if (seen.has(key)) out.push(`function ${f.id}: "${f.name}" is also the name of ${seen.get(key)}`);
    seen.set(key, f.id);
    const params = new Set();
    for (const p of f.parameters ?? []) {
      if (typeof p.name !== "string" || !PARAM.test(p.name)) out.push(`function ${f.id}: parameter "${p.name}" must start with a letter and hold only letters, digits and "_"`);
      if (params.has(p.name)) out.push(`function ${f.id}: parameter "${p.name}" appears twice`);
      params.add(p.name);
    }
  }
  return out;
}

module.exports = { nameProblems, metadataProblems };
