package dev.kiln.test262;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchedulerTest {
    @TempDir
    Path root;

    private final CountDownLatch release = new CountDownLatch(1);

    /** Judges a test by a word in its text, so that each test file says how it behaves. */
    private final Executor fake = new Executor() {
        @Override
        public String name() {
            return "fake";
        }

        @Override
        public Outcome run(TestCase test, Mode mode, Interrupt interrupt) throws Exception {
            String text = test.sourceText(mode);
            if (text.contains("HANG") && mode == Mode.STRICT) release.await();
            if (text.contains("STOPPABLE")) {
                CountDownLatch stopped = new CountDownLatch(1);
                interrupt.onRequest(stopped::countDown);
                stopped.await();
                return Outcome.fail(interrupt.reason());
            }
            if (text.contains("THROW")) throw new IllegalStateException("broken " + mode.label());
            if (text.contains("RECURSE")) return recurse();
            if (text.contains("FAIL") && text.startsWith(Mode.STRICT_PREFIX)) return Outcome.fail("strict fails");
            return Outcome.pass();
        }

        private Outcome recurse() {
            return recurse();
        }
    };

    private Path test(String name, String frontmatter, String body) throws IOException {
        Path file = root.resolve("test/language/x").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "/*---\n" + frontmatter + "\n---*/\n" + body);
        return file;
    }

    private List<TestResult> run(List<Path> files, Duration timeout) throws InterruptedException {
        TestExecution execution = new TestExecution(root, fake, SkipList.parse(List.of("Skipped fake"), "skip"));
        return new Scheduler(execution, 2, timeout).run(files, finished -> { }).results();
    }

    @Test
    void everyOutcomeBecomesAResultInOrder() throws Exception {
        List<Path> files = new ArrayList<>();
        files.add(test("pass.js", "flags: [module]", "ok"));
        files.add(test("fail.js", "", "FAIL"));
        files.add(test("throw.js", "flags: [onlyStrict]", "THROW"));
        files.add(test("recurse.js", "flags: [noStrict]", "RECURSE"));
        files.add(test("bad.js", "flags: [nope]", ""));
        files.add(test("skip.js", "features: [Skipped]", "THROW"));
        List<TestResult> results = run(files, Duration.ofSeconds(30));

        assertEquals(List.of("test/language/x/pass.js", "test/language/x/fail.js", "test/language/x/throw.js",
                "test/language/x/recurse.js", "test/language/x/bad.js", "test/language/x/skip.js"),
                results.stream().map(TestResult::name).toList());
        assertEquals(TestResult.passed("test/language/x/pass.js"), results.get(0));
        assertEquals(List.of(new ModeFailure(Mode.STRICT, "strict fails")), results.get(1).failures());
        String thrown = results.get(2).failures().get(0).message();
        assertTrue(thrown.startsWith("java.lang.IllegalStateException: broken strict at "), thrown);
        assertTrue(results.get(3).failures().get(0).message().startsWith("java.lang.StackOverflowError"));
        assertEquals(List.of(new ModeFailure(null, "bad frontmatter: unknown flag 'nope'")), results.get(4).failures());
        assertEquals(TestResult.skipped("test/language/x/skip.js", "feature Skipped"), results.get(5));
    }

    @Test
    void aTestThatOverrunsIsInterrupted() throws Exception {
        List<Path> files = List.of(test("stoppable.js", "flags: [noStrict]", "STOPPABLE"), test("ok.js", "", "ok"));
        List<TestResult> results = run(files, Duration.ofMillis(200));
        assertEquals(List.of(new ModeFailure(Mode.NON_STRICT, "timed out after 0.2 s")), results.get(0).failures());
        assertEquals(TestResult.Status.PASSED, results.get(1).status());
    }

    @Test
    void aTestThatHangsTimesOutAndTheRunGoesOn() throws Exception {
        List<Path> files = new ArrayList<>();
        files.add(test("hang.js", "", "HANG"));
        for (int i = 0; i < 20; i++) files.add(test("t" + i + ".js", "", "ok"));
        try {
            List<TestResult> results = run(files, Duration.ofMillis(200));
            assertEquals(List.of(new ModeFailure(Mode.STRICT, "timed out after 0.2 s and did not stop when interrupted")), results.get(0).failures());
            assertTrue(results.subList(1, 21).stream().allMatch(r -> r.status() == TestResult.Status.PASSED));
        } finally {
            release.countDown(); // lets the abandoned worker finish
        }
    }
}
