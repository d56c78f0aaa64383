// The Intercom-safe rules (docs/mapping.md "Intercom-safe values") as assertions, shared by the unit tests: clean
// keys of at most KEY_MAX characters; values that are strings of at most STRING_MAX characters (identity values are
// never cut), finite numbers or booleans; and only the object shapes Intercom accepts where it accepts them.
import assert from 'node:assert/strict';
import { COMPANY_FIELDS, FORBIDDEN_KEY, KEY_MAX, PERSON_FIELDS, STRING_MAX } from '../src/generated/constants.js';

const FORBIDDEN = new RegExp(FORBIDDEN_KEY.source); // not global: .test() keeps no state
// A person's and a company's fields of kind `id` (user_id, user_hash, intercom_user_jwt; company_id): trimmed strings,
// never cut.
const ids = (rows) => rows.filter((row) => row.kind === 'id').map((row) => row.field);
const PERSON_IDS = ids(PERSON_FIELDS);
const COMPANY_IDS = ids(COMPANY_FIELDS);
// The object shapes Intercom accepts: in metadata a monetary amount or a rich link (their parts Intercom-safe
// values); in a person an avatar (its image URL a string).
const METADATA_SHAPES = ['amount,currency', 'url,value'];
const PERSON_SHAPES = ['image_url,type'];

function assertSafeKey(key, where) {
  assert.ok(key.length > 0 && key.length <= KEY_MAX && !FORBIDDEN.test(key) && key !== '__proto__',
    `${where}: key ${JSON.stringify(key)}`);
}

function assertPrimitive(value, at, id) {
  if (id) assert.equal(typeof value, 'string', at);
  else if (typeof value === 'string') assert.ok(value.length <= STRING_MAX, `${at}: a string of ${value.length}`);
  else if (typeof value === 'number') assert.ok(Number.isFinite(value), `${at}: ${value}`);
  else assert.equal(typeof value, 'boolean', `${at}: ${typeof value}`);
}

function assertSafe(obj, where, shapes, idKeys) {
  assert.equal(Object.getPrototypeOf(obj), Object.prototype, `${where}: a plain object`);
  for (const [key, value] of Object.entries(obj)) {
    const at = `${where}.${key}`;
    assertSafeKey(key, where);
    if (key === 'companies' && shapes === PERSON_SHAPES) {
      assert.ok(Array.isArray(value), at);
      value.forEach((company, i) => assertSafeCompany(company, `${at}[${i}]`));
    } else if (value !== null && typeof value === 'object') {
      const shape = Object.keys(value).sort().join();
      assert.ok(shapes.includes(shape), `${at}: an object Intercom does not accept here (${shape})`);
      if (shape === 'amount,currency') assert.ok(Number.isInteger(value.amount), `${at}.amount: ${value.amount}`);
      for (const part of Object.values(value)) assertPrimitive(part, at, shapes === PERSON_SHAPES);
    } else assertPrimitive(value, at, idKeys.includes(key));
  }
}

export const assertSafeMetadata = (metadata, where = 'metadata') => assertSafe(metadata, where, METADATA_SHAPES, []);

export const assertSafePerson = (person, where = 'person') => assertSafe(person, where, PERSON_SHAPES, PERSON_IDS);

export function assertSafeCompany(company, where = 'company') {
  assert.equal(typeof company.company_id, 'string', `${where}.company_id`);
  assertSafe(company, where, [], COMPANY_IDS);
}
