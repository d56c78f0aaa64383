// A company (group traits, traits.company, traits.companies[i]) → an Intercom company object.
import { COMPANY_FIELDS } from './generated/constants.js';
import { consumedBy, fieldRows, flatten, isObject, mapFields, put, text } from './safe.js';
import { md5 } from './md5.js';

const ROWS = fieldRows(COMPANY_FIELDS);
const consumed = consumedBy(ROWS);

// `input` is a company object or a company name; `groupId` (group calls) wins as company_id. Without an id the
// company_id is the md5 of the name, the official plugin's rule, so existing workspaces keep their companies.
// Returns undefined when there is neither an id nor a name.
export function companyFrom(input, groupId) {
  const company = isObject(input) ? input : { name: input };
  const out = mapFields(put({}, 'company_id', text(groupId)), company, ROWS);
  if (out.name && !out.company_id) out.company_id = md5(String(company.name));
  return out.company_id ? flatten(company, out, consumed) : undefined;
}
