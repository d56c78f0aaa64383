// Checks that a legacy bundle runs on an ES5 engine with only the polyfills the legacy SDKs load:
// the syntax must parse as ECMAScript 5, and no ES2015+ built-in may be used unless both the v3 legacy
// SDK and the v1.1 SDK polyfill it (or the code feature-tests it first: `typeof X`, `X.y ? … : …`).
// Usage: node es5_check.mjs FILE   → exit 0, or exit 1 with one line per problem.
import { readFileSync } from 'node:fs';
import { parse } from 'acorn';

// Loaded by both SDKs on legacy engines (their polyfill-fastly.io feature lists).
const POLYFILLED = new Set(['Promise', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder',
  'Number.isNaN', 'Object.entries', 'Object.values',
  '.find', '.includes', '.startsWith', '.endsWith', '.replaceAll']);
// ES2015+ globals, statics and prototype methods (a method is named `.name`).
const NEWER_GLOBALS = ['Symbol', 'Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef', 'Proxy', 'Reflect', 'globalThis',
  'BigInt', 'Promise', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'fetch', 'queueMicrotask',
  'structuredClone', 'Intl'];
const NEWER_STATICS = {
  Object: ['assign', 'is', 'setPrototypeOf', 'getOwnPropertySymbols', 'entries', 'values', 'fromEntries',
    'getOwnPropertyDescriptors', 'hasOwn', 'groupBy'],
  Number: ['isFinite', 'isInteger', 'isSafeInteger', 'isNaN', 'parseFloat', 'parseInt', 'EPSILON',
    'MAX_SAFE_INTEGER', 'MIN_SAFE_INTEGER'],
  Array: ['from', 'of'],
  String: ['raw', 'fromCodePoint'],
  Math: ['trunc', 'sign', 'cbrt', 'log2', 'log10', 'log1p', 'expm1', 'hypot', 'clz32', 'imul', 'fround',
    'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh'],
};
const NEWER_METHODS = ['padStart', 'padEnd', 'repeat', 'codePointAt', 'normalize', 'trimStart', 'trimEnd',
  'matchAll', 'replaceAll', 'startsWith', 'endsWith', 'includes', 'find', 'findIndex', 'findLast',
  'findLastIndex', 'fill', 'copyWithin', 'flat', 'flatMap', 'at', 'toSorted', 'toReversed'];

function walk(node, visit, parent) {
  if (!node || typeof node.type !== 'string') return;
  visit(node, parent);
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) child.forEach((c) => walk(c, visit, node));
    else if (child && typeof child.type === 'string') walk(child, visit, node);
  }
}

function problems(code) {
  let ast;
  try {
    ast = parse(code, { ecmaVersion: 5, sourceType: 'script' });
  } catch (err) {
    return [`not ES5 syntax: ${err.message}`];
  }
  const declared = new Set();
  const tested = new Set();
  walk(ast, (node, parent) => {
    if ((node.type === 'VariableDeclarator' || node.type === 'FunctionDeclaration') && node.id) declared.add(node.id.name);
    if (node.type === 'UnaryExpression' && node.operator === 'typeof' && node.argument.type === 'Identifier') {
      tested.add(node.argument.name);
    }
    // `Object.assign ? Object.assign.bind() : fallback` (Babel's helpers) feature-tests the static it uses.
    const test = node.type === 'ConditionalExpression' || node.type === 'IfStatement' ? node.test
      : node.type === 'LogicalExpression' ? node.left : null;
    if (test && test.type === 'MemberExpression' && !test.computed && test.object.type === 'Identifier') {
      tested.add(`${test.object.name}.${test.property.name}`);
    }
  });
  const found = new Set();
  walk(ast, (node, parent) => {
    if (node.type === 'Identifier' && NEWER_GLOBALS.includes(node.name) && !declared.has(node.name) &&
        !tested.has(node.name) && !(parent && parent.type === 'MemberExpression' && parent.property === node && !parent.computed) &&
        !(parent && parent.type === 'Property' && parent.key === node)) {
      found.add(node.name);
    }
    if (node.type !== 'MemberExpression' || node.computed) return;
    const name = node.property.name;
    if (node.object.type === 'Identifier' && (NEWER_STATICS[node.object.name] || []).includes(name) &&
        !declared.has(node.object.name) && !tested.has(`${node.object.name}.${name}`)) {
      found.add(`${node.object.name}.${name}`);
    } else if (parent && parent.type === 'CallExpression' && parent.callee === node && NEWER_METHODS.includes(name)) {
      found.add(`.${name}`);
    }
  });
  return [...found].filter((name) => !POLYFILLED.has(name)).sort()
    .map((name) => `uses ${name.startsWith('.') ? 'the method ' + name.slice(1) : name}, which the legacy SDKs do not polyfill`);
}

const file = process.argv[2];
const found = problems(readFileSync(file, 'utf8'));
for (const line of found) console.log(`${file}: ${line}`);
process.exit(found.length ? 1 : 0);
