// A company (group traits, traits.company, traits.companies[i]) → an Intercom company object.
import { COMPANY_FIELDS } from './generated/constants.js';
import { consumedBy, mapFields } from './fields.js';
import { flatten } from './flatten.js';
import { isObject, putIfAbsent, text } from './values.js';
import { md5 } from './md5.js';

const consumed = consumedBy(COMPANY_FIELDS);

// `input` is a company object or a company name; `groupId` (group calls) wins as company_id. Without an id the
// company_id is the md5 of the name as given (untrimmed), the official plugin's rule, so existing workspaces keep
// their companies. Returns undefined when there is neither an id nor a name.
export function companyFrom(input, groupId) {
  const company = isObject(input) ? input : { name: input };
  const out = mapFields(putIfAbsent({}, 'company_id', text(groupId)), company, COMPANY_FIELDS);
  if (out.name && !out.company_id) out.company_id = md5(String(company.name));
  return out.company_id ? flatten(company, { into: out, skip: consumed }) : undefined;
}
