// Drives the Octane suites loaded before it one step at a time, for KilnOctaneBench: base.js
// runs a suite as setup, a timed loop of run(), teardown; here JMH does the timing, so the
// three steps are separate functions. As base.js does before a suite, Math.random is reset to
// its deterministic generator before the setups.
var octaneSteps = (function () {
  var benchmarks = [];
  BenchmarkSuite.suites.forEach(function (suite) {
    suite.benchmarks.forEach(function (benchmark) { benchmarks.push(benchmark); });
  });
  if (benchmarks.length === 0) throw new Error('no Octane benchmark was loaded');
  return {
    setUp: function () {
      BenchmarkSuite.ResetRNG();
      benchmarks.forEach(function (benchmark) { benchmark.Setup(); });
    },
    // One run of every benchmark of the program (EarleyBoyer has two, the others one).
    run: function () {
      for (var i = 0; i < benchmarks.length; i++) benchmarks[i].run();
      return benchmarks.length;
    },
    tearDown: function () {
      benchmarks.forEach(function (benchmark) { benchmark.TearDown(); });
    }
  };
})();
function octaneSetUp() { octaneSteps.setUp(); }
function octaneRun() { return octaneSteps.run(); }
function octaneTearDown() { octaneSteps.tearDown(); }
