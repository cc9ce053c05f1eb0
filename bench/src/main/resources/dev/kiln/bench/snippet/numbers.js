// The loops of KilnNumberBench: arithmetic on numbers only, n iterations each.

// Int32 arithmetic: a multiplicative hash kept in 32 bits by | 0, shifts and xor.
function intLoop(n) {
  var hash = 0;
  for (var i = 0; i < n; i++) hash = (hash * 31 + (i ^ (i >>> 3))) | 0;
  return hash;
}

// Double arithmetic: a recurrence and a harmonic-style sum.
function doubleLoop(n) {
  var x = 0.5, sum = 0;
  for (var i = 0; i < n; i++) {
    x = x * 1.0001 + 0.25;
    sum += x / (i + 1);
  }
  return sum;
}
