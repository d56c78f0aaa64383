// An identity token the page put in window.intercomSettings (intercom_user_jwt or user_hash, docs/mapping.md "Tokens
// from the page"), and the one person it may reach. A token signed for one person must never reach another: after
// a logout Intercom would log the visitor in as the token's user, and a switch would send A's token with B.
import { KINDS } from './fields.js';
import { isObject } from './values.js';

const TOKEN_FIELDS = ['intercom_user_jwt', 'user_hash'];
// What names a user in intercomSettings: who the page was rendered for, not a setting for every later boot.
const IDENTITY_FIELDS = ['user_id', 'email'];

// The claims of a JWT (its middle part, base64url JSON), or undefined when it is not one.
function jwtClaims(token) {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = atob(part + '==='.slice((part.length + 3) % 4));
    // UTF-8: a user id or an email may hold any character.
    const claims = JSON.parse(decodeURIComponent(bytes.replace(/[\s\S]/g, (c) => '%' + (256 + c.charCodeAt(0)).toString(16).slice(1))));
    return isObject(claims) ? claims : undefined;
  } catch (e) {
    return undefined;
  }
}

// Splits the site's intercomSettings into what every boot may carry (`settings`), the user the site names (`person`:
// {user_id, email} or undefined), and its identity token (`token`: {fields, owner} or undefined). The token's owner
// is the JWT's claims, else the user the site names; undefined when neither says (then the first user booted on
// this page owns it).
export function pageToken(site) {
  const settings = Object.assign({}, site);
  const take = (keys, kind) => {
    const out = {};
    let found = false;
    for (const key of keys) {
      const value = kind(settings[key]);
      delete settings[key];
      if (value) {
        out[key] = value;
        found = true;
      }
    }
    return found ? out : undefined;
  };
  const fields = take(TOKEN_FIELDS, KINDS.id);
  const person = take(IDENTITY_FIELDS, KINDS.id);
  if (!fields) return { settings, person, token: undefined };
  const claims = fields.intercom_user_jwt && jwtClaims(fields.intercom_user_jwt);
  const named = claims && { user_id: KINDS.id(claims.user_id), email: KINDS.text(claims.email) };
  const owner = named && (named.user_id || named.email) ? named : person;
  return { settings, person, token: { fields, owner } };
}

export { TOKEN_FIELDS };
