// MD5 (RFC 1321) of a string's UTF-8 bytes, as lowercase hex. Only used to derive a company_id from a company name
// the way the official plugin did, so existing Intercom workspaces keep their companies (docs/mapping.md).

// Rotation amounts: four per round, used in turn by the round's 16 operations.
const SHIFTS = [
  [7, 12, 17, 22],
  [5, 9, 14, 20],
  [4, 11, 16, 23],
  [6, 10, 15, 21],
];

// The 64 additive constants: floor(|sin(i + 1)| * 2^32), as RFC 1321 defines them.
const CONSTANTS = [];
for (let i = 0; i < 64; i++) CONSTANTS.push(Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296));

// The four initial words A, B, C, D.
const INITIAL = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];

// Each round's function of B, C, D, and which word of the block its i-th operation adds.
function roundFunction(round, b, c, d) {
  if (round === 0) return (b & c) | (~b & d);
  if (round === 1) return (b & d) | (c & ~d);
  if (round === 2) return b ^ c ^ d;
  return c ^ (b | ~d);
}

function wordIndex(round, i) {
  if (round === 0) return i;
  if (round === 1) return (5 * i + 1) % 16;
  if (round === 2) return (3 * i + 5) % 16;
  return (7 * i) % 16;
}

const rotateLeft = (x, s) => (x << s) | (x >>> (32 - s));

// The string's UTF-8 bytes, padded as RFC 1321 says (a 1 bit, zeros, the length in bits), as little-endian 32-bit
// words: 16 per 64-byte block.
function paddedWords(text) {
  const bytes = unescape(encodeURIComponent(text)); // one character per UTF-8 byte
  const blocks = Math.floor((bytes.length + 8) / 64) + 1; // room for the 1 bit and the 8-byte length
  const words = [];
  for (let i = 0; i < blocks * 16; i++) words.push(0);
  for (let i = 0; i < bytes.length; i++) words[i >> 2] |= bytes.charCodeAt(i) << ((i % 4) * 8);
  words[bytes.length >> 2] |= 0x80 << ((bytes.length % 4) * 8);
  words[blocks * 16 - 2] = bytes.length * 8; // the length in bits (company names stay far below 2^32 bits)
  return words;
}

export function md5(text) {
  const words = paddedWords(text);
  const hash = INITIAL.slice();
  for (let block = 0; block < words.length; block += 16) {
    let [a, b, c, d] = hash;
    for (let i = 0; i < 64; i++) {
      const round = i >> 4;
      const sum = a + roundFunction(round, b, c, d) + CONSTANTS[i] + words[block + wordIndex(round, i % 16)];
      a = d;
      d = c;
      c = b;
      b = (b + rotateLeft(sum, SHIFTS[round][i % 4])) | 0;
    }
    hash[0] = (hash[0] + a) | 0;
    hash[1] = (hash[1] + b) | 0;
    hash[2] = (hash[2] + c) | 0;
    hash[3] = (hash[3] + d) | 0;
  }
  // Each word's bytes, lowest first, as two hex digits each.
  let hex = '';
  for (const word of hash) {
    for (let byte = 0; byte < 4; byte++) hex += ('0' + ((word >>> (byte * 8)) & 255).toString(16)).slice(-2);
  }
  return hex;
}
