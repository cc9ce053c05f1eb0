// The sites of KilnPropertyBench. The script before this one defines `constructors`, each with
// its own shape ({pK, x}) and its own method f on its prototype; here eight objects are made by
// them in turn, and each loop touches the eight in turn at one site, so that the site sees as
// many shapes (and, for the call, as many targets) as there are constructors.
var objects = [];
for (var i = 0; i < 8; i++) objects.push(new constructors[i % constructors.length](i));

// Reads of an own property.
function get(n) {
  var os = objects, sum = 0;
  for (var i = 0; i < n; i++) sum = (sum + os[i & 7].x) | 0;
  return sum;
}

// Writes of an existing own property.
function set(n) {
  var os = objects;
  for (var i = 0; i < n; i++) os[i & 7].x = i;
  return os[7].x;
}

// Calls of a method found on the prototype.
function call(n) {
  var os = objects, acc = 0;
  for (var i = 0; i < n; i++) acc = os[i & 7].f(acc);
  return acc;
}
