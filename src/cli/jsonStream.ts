/**
 * JSON written in pieces: the same text as `JSON.stringify(value, null, 2)`, byte for byte, but
 * yielded a piece at a time, so a report of a million actions is never one string. Containers are
 * walked; a container holding only plain values (an action, a finding) is stringified whole.
 */

type Json = unknown;

const STEP = '  ';

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function isSkipped(value: Json): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** The value JSON.stringify writes for this one: its toJSON() result, if it has one. */
function resolved(value: Json, key: string): Json {
  if (value !== null && typeof value === 'object') {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return (toJSON as (k: string) => Json).call(value, key);
  }
  return value;
}

/** A container whose members hold no containers: one JSON.stringify call writes it. */
function isFlat(value: object): boolean {
  const members = Array.isArray(value) ? value : Object.values(value);
  for (const m of members) if (m !== null && typeof m === 'object') return false;
  return true;
}

/** JSON.stringify(value, null, 2), re-indented to sit at `indent` (JSON text has no raw line breaks). */
function whole(value: Json, indent: string): string {
  const text = JSON.stringify(value, null, 2) ?? 'null';
  return indent ? text.replace(/\n/g, `\n${indent}`) : text;
}

function* arrayPieces(items: Json[], indent: string): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  const inner = indent + STEP;
  for (let i = 0; i < items.length; i++) {
    yield i === 0 ? `[\n${inner}` : `,\n${inner}`;
    const item = resolved(items[i], String(i));
    yield* valuePieces(isSkipped(item) ? null : item, inner);
  }
  yield `\n${indent}]`;
}

function* objectPieces(record: Record<string, Json>, indent: string): Generator<string> {
  const inner = indent + STEP;
  let first = true;
  for (const key of Object.keys(record)) {
    const member = resolved(record[key], key);
    if (isSkipped(member)) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* valuePieces(member, inner);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/** The pieces of one (already resolved, not skipped) value at the given indent. */
function* valuePieces(value: Json, indent: string): Generator<string> {
  if (value === null || typeof value !== 'object' || isFlat(value)) yield whole(value, indent);
  else if (Array.isArray(value)) yield* arrayPieces(value, indent);
  else yield* objectPieces(value as Record<string, Json>, indent);
}

/** The pieces of `JSON.stringify(value, null, 2)`, in order; joined they are exactly that text. */
export function* jsonPieces(value: Json): Generator<string> {
  const top = resolved(value, '');
  // JSON.stringify of a function or undefined is undefined: nothing to write.
  if (!isSkipped(top)) yield* valuePieces(top, '');
}
