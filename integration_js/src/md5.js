// MD5 (RFC 1321) of a string's UTF-8 bytes, as lowercase hex. Only used to derive a company_id from a
// company name the way the official plugin did, so existing Intercom workspaces keep their companies.
const S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const K = [];
for (let i = 0; i < 64; i++) K[i] = (Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0;

export function md5(text) {
  const bytes = unescape(encodeURIComponent(text));
  const n = bytes.length;
  const words = [];
  for (let i = 0; i < n; i++) words[i >> 2] |= bytes.charCodeAt(i) << ((i % 4) * 8);
  words[n >> 2] |= 0x80 << ((n % 4) * 8);
  const len = (((n + 8) >> 6) + 1) * 16;
  for (let i = 0; i < len; i++) words[i] |= 0;
  words[len - 2] = n * 8;
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  for (let b = 0; b < len; b += 16) {
    let [a, c, d, e] = h; // a b c d of the RFC, named so that `b` stays the block index
    for (let i = 0; i < 64; i++) {
      const r = i >> 4;
      const f = r === 0 ? (c & d) | (~c & e) : r === 1 ? (e & c) | (~e & d) : r === 2 ? c ^ d ^ e : d ^ (c | ~e);
      const g = r === 0 ? i : r === 1 ? (5 * i + 1) % 16 : r === 2 ? (3 * i + 5) % 16 : (7 * i) % 16;
      const s = S[r * 4 + (i % 4)];
      const x = (a + f + K[i] + words[b + g]) | 0;
      a = e; e = d; d = c;
      c = (c + ((x << s) | (x >>> (32 - s)))) | 0;
    }
    h[0] = (h[0] + a) | 0; h[1] = (h[1] + c) | 0; h[2] = (h[2] + d) | 0; h[3] = (h[3] + e) | 0;
  }
  let hex = '';
  // | 256 then slice(1): two hex digits without padStart (ES2017, which the legacy SDKs do not polyfill)
  for (let i = 0; i < 16; i++) hex += (((h[i >> 2] >>> ((i % 4) * 8)) & 255) | 256).toString(16).slice(1);
  return hex;
}
