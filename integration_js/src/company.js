// A RudderStack company (group traits, traits.company, traits.companies[i]) → an Intercom company object.
import { flattenSafe, put, safeString, toUnixSeconds, isObject } from './safe.js';
import { md5 } from './md5.js';

const CONSUMED = ['id', 'company_id', 'companyId', 'name', 'createdAt', 'created_at', 'plan', 'monthlySpend',
  'monthly_spend', 'size', 'employees', 'website', 'industry', 'remove'];

const text = (v) => (typeof v === 'string' && v.trim() ? safeString(v.trim()) : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);
const integer = (v) => (v === '' || v === null || typeof v === 'boolean' ? undefined : Number.isFinite(+v) ? Math.round(+v) : undefined);

// Returns the company, or undefined when it has neither an id nor a name.
export function companyFrom(input, groupId) {
  const c = isObject(input) ? input : { name: input };
  const name = text(c.name);
  const id = text(groupId) || text(c.id) || text(c.company_id) || text(c.companyId) || (name && md5(name));
  if (!id) return undefined;
  const out = { company_id: id };
  put(out, 'name', name);
  put(out, 'created_at', toUnixSeconds(c.createdAt ?? c.created_at));
  put(out, 'plan', text(c.plan));
  put(out, 'monthly_spend', integer(c.monthlySpend ?? c.monthly_spend));
  put(out, 'size', integer(c.size ?? c.employees));
  put(out, 'website', text(c.website));
  put(out, 'industry', text(c.industry));
  if (c.remove === true) out.remove = true;
  return flattenSafe(c, CONSUMED, out);
}
