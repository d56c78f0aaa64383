// MD5 (RFC 1321) of a string's UTF-8 bytes, as lowercase hex. Only used to derive a company_id from a
// company name the way the official plugin did, so existing Intercom workspaces keep their companies.
// The 16 rotation amounts (7, 12, 17, 22, 5, 9, ...) as character codes + 64 ('G' is 71): a shift count is
// read mod 32, so `x << s | x >>> -s` rotates by the amount.
const SHIFTS = 'GLQVEINTDKPWFJOU';

export function md5(text) {
  const bytes = unescape(encodeURIComponent(text)) + '\x80'; // the message, then the bit that ends it
  const n = bytes.length;
  const words = []; // little-endian 32-bit words; holes read as 0
  for (let i = 0; i < n; i++) words[i >> 2] |= bytes.charCodeAt(i) << i % 4 * 8;
  words[(n + 7 >> 6) * 16 + 14] = (n - 1) * 8; // the message's length in bits, in the last 64-byte block
  let a, b, c, d;
  let h = [a = 0x67452301, b = 0xefcdab89, ~a, ~b]; // the other two initial words are these inverted
  for (let block = 0; block < words.length; block += 16) {
    [a, b, c, d] = h;
    for (let i = 0; i < 64; i++) {
      const round = i >> 4;
      const s = SHIFTS.charCodeAt(round * 4 + i % 4);
      const x = a + [b & c | ~b & d, d & b | ~d & c, b ^ c ^ d, c ^ (b | ~d)][round]
        + (Math.abs(Math.sin(i + 1)) * 2 ** 32 | 0) + (words[block + [i, 5 * i + 1, 3 * i + 5, 7 * i][round] % 16] | 0);
      a = d; d = c; c = b;
      b = b + (x << s | x >>> -s) | 0;
    }
    h = [a, b, c, d].map((v, j) => v + h[j] | 0);
  }
  let hex = '';
  // Nibble i: word i >> 3, bytes low first, each byte's high nibble first.
  for (let i = 0; i < 32; i++) hex += (h[i >> 3] >>> (i ^ 1) % 8 * 4 & 15).toString(16);
  return hex;
}
