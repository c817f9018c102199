// Backward-compatibility check between two JSON Schemas of the same event: could a consumer
// written against the old schema break on events valid under the new one? Within a major
// version only optional fields may be added and types/enums widened; anything else is a
// new `.v2` topic. Pure functions, no I/O: the test and `npm run schemas` feed them files.

type Json = unknown;
type SchemaObject = { [key: string]: Json };

/** Lists every breaking difference from oldSchema to newSchema (empty when compatible). */
export function breakingChanges(oldSchema: object, newSchema: object): string[] {
  const out: string[] = [];
  compare({ oldRoot: oldSchema, newRoot: newSchema, out, seen: new Set() }, oldSchema, newSchema, '');
  return out;
}

interface Context {
  oldRoot: object;
  newRoot: object;
  out: string[];
  /** $ref pairs already compared, so recursive schemas terminate. */
  seen: Set<string>;
}

function compare(ctx: Context, oldRaw: Json, newRaw: Json, path: string): void {
  const refKey = refPair(oldRaw, newRaw);
  if (refKey) {
    if (ctx.seen.has(refKey)) return;
    ctx.seen.add(refKey);
  }
  const oldSchema = resolve(ctx.oldRoot, oldRaw);
  const newSchema = resolve(ctx.newRoot, newRaw);
  if (oldSchema === false || newSchema === true) return; // old accepted nothing / new accepts all
  if (newSchema === false) {
    ctx.out.push(`${show(path)}: no value is accepted any more`);
    return;
  }
  const oldBranches = branches(ctx.oldRoot, oldSchema === true ? {} : oldSchema);
  const newBranches = branches(ctx.newRoot, newSchema);

  for (const ob of oldBranches) {
    const kind = kindOf(ob);
    const candidates = newBranches.filter((nb) => accepts(kindOf(nb), kind));
    if (candidates.length === 0) {
      ctx.out.push(`${show(path)}: ${lostKind(kind, newBranches.map(kindOf))}`);
      continue;
    }
    // Several new branches may fit (e.g. two object shapes): the old one is fine if any fits.
    let best: string[] | undefined;
    for (const nb of candidates) {
      const sub: Context = { ...ctx, out: [], seen: new Set(ctx.seen) };
      compareBranch(sub, ob, nb, path);
      if (!best || sub.out.length < best.length) best = sub.out;
      if (best.length === 0) break;
    }
    ctx.out.push(...(best ?? []));
  }
}

function compareBranch(ctx: Context, o: SchemaObject, n: SchemaObject, path: string): void {
  const at = show(path);

  // Value sets.
  if ('const' in n && !('const' in o && same(o.const, n.const))) {
    if (!('const' in o) && Array.isArray(o.enum) && o.enum.length === 1 && same(o.enum[0], n.const)) {
      // enum [x] -> const x is the same set
    } else ctx.out.push(`${at}: value fixed to ${JSON.stringify(n.const)}`);
  }
  const newValues = n.enum;
  if (Array.isArray(newValues)) {
    const oldValues: Json[] | undefined = Array.isArray(o.enum)
      ? o.enum
      : 'const' in o
        ? [o.const]
        : undefined;
    if (!oldValues) ctx.out.push(`${at}: restricted to enum ${JSON.stringify(newValues)}`);
    else {
      const removed = oldValues.filter((v) => !newValues.some((w: Json) => same(v, w)));
      if (removed.length)
        ctx.out.push(`${at}: enum value(s) removed: ${removed.map((v) => JSON.stringify(v)).join(', ')}`);
    }
  }

  // String shape.
  if (n.format !== undefined && n.format !== o.format) {
    ctx.out.push(
      o.format === undefined
        ? `${at}: format "${n.format}" added`
        : `${at}: format changed from "${o.format}" to "${n.format}"`,
    );
  }
  if (n.pattern !== undefined && n.pattern !== o.pattern) {
    ctx.out.push(o.pattern === undefined ? `${at}: pattern added` : `${at}: pattern changed`);
  }

  // Ranges.
  const [oLow, nLow] = [lowerBound(o), lowerBound(n)];
  if (tighterLower(oLow, nLow))
    ctx.out.push(`${at}: minimum tightened from ${showBound(oLow)} to ${showBound(nLow)}`);
  const [oHigh, nHigh] = [upperBound(o), upperBound(n)];
  if (tighterUpper(oHigh, nHigh))
    ctx.out.push(`${at}: maximum tightened from ${showBound(oHigh)} to ${showBound(nHigh)}`);
  for (const key of ['minLength', 'minItems', 'minProperties', 'minContains'] as const) {
    const [ov, nv] = [num(o[key]) ?? 0, num(n[key]) ?? 0];
    if (nv > ov) ctx.out.push(`${at}: ${key} tightened from ${ov} to ${nv}`);
  }
  for (const key of ['maxLength', 'maxItems', 'maxProperties', 'maxContains'] as const) {
    const [ov, nv] = [num(o[key]) ?? Infinity, num(n[key]) ?? Infinity];
    if (nv < ov) ctx.out.push(`${at}: ${key} tightened from ${ov} to ${nv}`);
  }
  const [oStep, nStep] = [num(o.multipleOf), num(n.multipleOf)];
  if (nStep !== undefined && (oStep === undefined || !Number.isInteger(oStep / nStep))) {
    ctx.out.push(`${at}: multipleOf ${nStep} added`);
  }
  if (n.uniqueItems === true && o.uniqueItems !== true) ctx.out.push(`${at}: items must now be unique`);

  // Objects.
  const oProps = objectOf(o.properties);
  const nProps = objectOf(n.properties);
  for (const name of Object.keys(oProps)) {
    if (!(name in nProps)) ctx.out.push(`${join(path, name)}: property removed`);
    else compare(ctx, oProps[name], nProps[name], join(path, name));
  }
  const oRequired = new Set(stringsOf(o.required));
  for (const name of stringsOf(n.required)) {
    if (oRequired.has(name)) continue;
    ctx.out.push(
      name in oProps ? `${join(path, name)}: became required` : `${join(path, name)}: new required property`,
    );
  }
  if (n.additionalProperties === false && o.additionalProperties !== false) {
    ctx.out.push(`${at}: additional properties no longer allowed`);
  } else if (isSchema(n.additionalProperties)) {
    compare(ctx, o.additionalProperties ?? {}, n.additionalProperties, join(path, '*'));
  }
  if (n.propertyNames !== undefined)
    compare(ctx, o.propertyNames ?? {}, n.propertyNames, join(path, '(name)'));

  // Arrays.
  if (n.items !== undefined) compare(ctx, o.items ?? {}, n.items, `${path}[]`);
  if (Array.isArray(n.prefixItems)) {
    const oPrefix = Array.isArray(o.prefixItems) ? o.prefixItems : [];
    n.prefixItems.forEach((item: Json, i: number) =>
      compare(ctx, oPrefix[i] ?? o.items ?? {}, item, `${path}[${i}]`),
    );
  }
}

/** Splits unions (anyOf/oneOf, type arrays) into one branch per alternative. */
function branches(root: object, schema: Json): SchemaObject[] {
  const s = resolve(root, schema);
  if (s === true) return [{}];
  if (s === false) return [];
  const union = Array.isArray(s.anyOf) ? s.anyOf : Array.isArray(s.oneOf) ? s.oneOf : undefined;
  if (union) {
    const { anyOf: _a, oneOf: _o, ...shared } = s;
    return union.flatMap((b: Json) => {
      const branch = resolve(root, b);
      return typeof branch === 'boolean' ? branches(root, branch) : branches(root, { ...shared, ...branch });
    });
  }
  if (Array.isArray(s.type)) return s.type.map((t: Json) => ({ ...s, type: t }));
  return [s];
}

type Kind = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'object' | 'array' | 'any';

function kindOf(s: SchemaObject): Kind {
  if (typeof s.type === 'string') return s.type as Kind;
  if ('const' in s) return jsonKind(s.const);
  if (Array.isArray(s.enum) && s.enum.length > 0) {
    const kinds = new Set(s.enum.map(jsonKind));
    if (kinds.size === 1) return [...kinds][0] as Kind;
  }
  if (s.properties !== undefined) return 'object';
  if (s.items !== undefined) return 'array';
  return 'any';
}

function jsonKind(value: Json): Kind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as Kind;
}

/** Whether a new branch of kind `to` accepts every value of an old branch of kind `from`. */
function accepts(to: Kind, from: Kind): boolean {
  return to === from || to === 'any' || (to === 'number' && from === 'integer');
}

function lostKind(kind: Kind, newKinds: Kind[]): string {
  if (kind === 'null') return 'no longer nullable';
  if (kind === 'number' && newKinds.includes('integer')) return 'integer where number was';
  if (kind === 'any') return `was unconstrained, now only ${newKinds.join(' | ') || 'nothing'}`;
  return `type ${kind} removed (now ${newKinds.join(' | ') || 'nothing'})`;
}

interface Bound {
  value: number;
  exclusive: boolean;
}

function lowerBound(s: SchemaObject): Bound | undefined {
  return pickBound(num(s.minimum), num(s.exclusiveMinimum), (a, b) => a > b);
}

function upperBound(s: SchemaObject): Bound | undefined {
  return pickBound(num(s.maximum), num(s.exclusiveMaximum), (a, b) => a < b);
}

function pickBound(
  inclusive: number | undefined,
  exclusive: number | undefined,
  tighter: (a: number, b: number) => boolean,
) {
  if (inclusive === undefined)
    return exclusive === undefined ? undefined : { value: exclusive, exclusive: true };
  if (exclusive === undefined) return { value: inclusive, exclusive: false };
  return tighter(inclusive, exclusive)
    ? { value: inclusive, exclusive: false }
    : { value: exclusive, exclusive: true };
}

function tighterLower(o: Bound | undefined, n: Bound | undefined): boolean {
  if (!n) return false;
  if (!o) return true;
  return n.value > o.value || (n.value === o.value && n.exclusive && !o.exclusive);
}

function tighterUpper(o: Bound | undefined, n: Bound | undefined): boolean {
  if (!n) return false;
  if (!o) return true;
  return n.value < o.value || (n.value === o.value && n.exclusive && !o.exclusive);
}

function showBound(b: Bound | undefined): string {
  if (!b) return 'none';
  return b.exclusive ? `>${b.value}` : String(b.value);
}

function resolve(root: object, schema: Json): SchemaObject | boolean {
  let s = schema;
  for (let hops = 0; isObject(s) && typeof s.$ref === 'string' && s.$ref.startsWith('#'); hops++) {
    if (hops > 32) throw new Error(`$ref chain too long at ${s.$ref}`);
    const target = pointer(root, s.$ref.slice(1));
    if (target === undefined) throw new Error(`Unresolvable $ref ${s.$ref}`);
    const { $ref: _ref, ...siblings } = s;
    s = isObject(target) ? { ...target, ...siblings } : target;
  }
  if (typeof s === 'boolean') return s;
  return isObject(s) ? s : {};
}

function pointer(root: object, ptr: string): Json {
  let node: Json = root;
  for (const raw of ptr.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as SchemaObject)[key];
  }
  return node;
}

function refPair(o: Json, n: Json): string | undefined {
  const ref = (s: Json) => (isObject(s) && typeof s.$ref === 'string' ? s.$ref : undefined);
  const [or, nr] = [ref(o), ref(n)];
  return or || nr ? `${or ?? ''}|${nr ?? ''}` : undefined;
}

function isObject(v: Json): v is SchemaObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isSchema(v: Json): boolean {
  return isObject(v) || v === true;
}

function objectOf(v: Json): SchemaObject {
  return isObject(v) ? v : {};
}

function stringsOf(v: Json): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function num(v: Json): number | undefined {
  return typeof v === 'number' ? v : undefined;
}

function same(a: Json, b: Json): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

function show(path: string): string {
  return path || '(root)';
}

// ---------------------------------------------------------------------------------------
// Registry and snapshot level.

export interface TopicShape {
  name: string;
  partitions: number;
  eventTypes: readonly string[];
}

/** Breaking changes to the topic registry: topics or event types removed, types moved, partitions changed. */
export function registryBreakingChanges(
  oldTopics: readonly TopicShape[],
  newTopics: readonly TopicShape[],
): string[] {
  const out: string[] = [];
  const newByName = new Map(newTopics.map((t) => [t.name, t]));
  // A type may be on several topics: its current version's and earlier ones still published.
  const newTopicsOf = new Map<string, string[]>();
  for (const t of newTopics)
    for (const e of t.eventTypes) newTopicsOf.set(e, [...(newTopicsOf.get(e) ?? []), t.name]);
  for (const old of oldTopics) {
    const now = newByName.get(old.name);
    if (!now) out.push(`topic ${old.name}: removed`);
    else if (now.partitions !== old.partitions) {
      // A new count remaps keys to partitions, so one aggregate's events could be read out of order.
      out.push(`topic ${old.name}: partitions changed from ${old.partitions} to ${now.partitions}`);
    }
    for (const type of old.eventTypes) {
      const carriers = newTopicsOf.get(type) ?? [];
      if (carriers.length === 0) out.push(`event type ${type}: removed`);
      else if (!carriers.includes(old.name))
        out.push(`event type ${type}: moved from ${old.name} to ${carriers.join(', ')}`);
    }
  }
  return out;
}

/**
 * Compares committed snapshot files (name -> JSON text) with freshly generated ones: each
 * event schema must be compatible, no event type's file may disappear, and the registry
 * must not break. Returns every breaking change.
 */
export function snapshotBreakingChanges(
  committed: Record<string, string>,
  current: Record<string, string>,
  topicsFile = 'topics.json',
): string[] {
  const out: string[] = [];
  for (const [file, text] of Object.entries(committed)) {
    if (file === topicsFile) {
      const next = current[file];
      if (next === undefined) out.push(`${file}: removed`);
      else out.push(...registryBreakingChanges(topicsOf(JSON.parse(text)), topicsOf(JSON.parse(next))));
      continue;
    }
    const next = current[file];
    if (next === undefined) {
      out.push(`${file}: event type removed (no schema generated any more)`);
      continue;
    }
    for (const change of breakingChanges(JSON.parse(text) as object, JSON.parse(next) as object)) {
      out.push(`${file}: ${change}`);
    }
  }
  return out;
}

function topicsOf(doc: Json): TopicShape[] {
  const list = isObject(doc) ? doc.topics : undefined;
  return Array.isArray(list) ? (list as TopicShape[]) : [];
}
