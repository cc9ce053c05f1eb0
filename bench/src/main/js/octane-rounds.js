// Runs every Octane suite loaded before this file through base.js's own harness, round after
// round in this one process, and reports each score as it comes:
//   @score ROUND NAME SCORE    (SCORE as base.js formats it)
//   @error ROUND NAME MESSAGE
// The comparison runner sets benchRounds in a file it loads first. A round with an error ends
// the run: the rounds after it would only repeat the failure.
//
// Octane runs each suite once per page, so some teardowns release data that a second run needs
// (typescript's compiler_input, gbemu's expected state, box2d's Box2D namespace). After each
// round, every global that held a value once the program had loaded and that a teardown set
// to null or deleted gets that value back; globals a setup rebuilds are left alone.
(function () {
  var global = (function () { return this; })();
  var report = typeof print === 'function' ? print : function (line) { console.log(line); };
  var rounds = typeof benchRounds === 'number' ? benchRounds : 1;

  var names = [];
  var values = [];
  var keys = Object.keys(global);
  for (var i = 0; i < keys.length; i++) {
    var value = global[keys[i]];
    if (value !== null && value !== undefined) {
      names.push(keys[i]);
      values.push(value);
    }
  }
  function restoreReleasedGlobals() {
    for (var i = 0; i < names.length; i++) {
      if (global[names[i]] === null || global[names[i]] === undefined) global[names[i]] = values[i];
    }
  }

  var failed = false;
  for (var round = 0; round < rounds && !failed; round++) {
    if (round > 0) restoreReleasedGlobals();
    BenchmarkSuite.RunSuites({
      NotifyResult: function (name, score) {
        report('@score ' + round + ' ' + name + ' ' + score);
      },
      NotifyError: function (name, error) {
        failed = true;
        report('@error ' + round + ' ' + name + ' ' + String(error).replace(/\s+/g, ' '));
      }
    });
  }
})();
