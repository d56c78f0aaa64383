// ES5 stand-ins for the ES2015+ statics (and Set) the sources use, injected into the legacy build only (esbuild
// replaces each use). Neither the v3 legacy SDK nor v1.1 polyfills these. Only what the sources use is here: the
// build's ES5 check names any other built-in they start to need.
var hasOwn = Object.prototype.hasOwnProperty;

var assign = function (target) {
  for (var i = 1; i < arguments.length; i++) {
    var source = arguments[i];
    if (source != null) for (var key in source) if (hasOwn.call(source, key)) target[key] = source[key];
  }
  return target;
};

// Set for the few values the sources track (consumed keys, objects already seen): built from an array or nothing,
// has and add; linear, which is fine at those sizes. Only what ES5 can do: no iteration protocol.
function SmallSet(values) {
  this.v = values ? values.slice() : [];
}
SmallSet.prototype.has = function (x) { return this.v.indexOf(x) >= 0; };
SmallSet.prototype.add = function (x) { if (!this.has(x)) this.v.push(x); return this; };

export { SmallSet as Set, assign as 'Object.assign' };
