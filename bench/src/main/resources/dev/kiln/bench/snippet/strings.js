// The loops of KilnStringBench: a string built of n short pieces, whose last character is
// then read, so that the cost of making the string usable counts too.
var words = ['alpha', 'beta', 'gamma', 'delta'];

// s += piece, n times.
function concat(n) {
  var w = words, s = '';
  for (var i = 0; i < n; i++) s += w[i & 3];
  return s.charCodeAt(s.length - 1);
}

// n pieces pushed on an array, then joined.
function join(n) {
  var w = words, parts = [];
  for (var i = 0; i < n; i++) parts.push(w[i & 3]);
  var s = parts.join('');
  return s.charCodeAt(s.length - 1);
}
