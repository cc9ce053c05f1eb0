// Runs every Octane suite loaded before this file through base.js's own harness, round after
// round in this one process, and reports each score as it comes:
//   @score ROUND NAME SCORE    (SCORE as base.js formats it)
//   @error ROUND NAME MESSAGE
// The comparison runner sets benchRounds in a file it loads first. A round with an error ends
// the run: the rounds after it would only repeat the failure.
(function () {
  var report = typeof print === 'function' ? print : function (line) { console.log(line); };
  var rounds = typeof benchRounds === 'number' ? benchRounds : 1;
  var failed = false;
  for (var round = 0; round < rounds && !failed; round++) {
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
