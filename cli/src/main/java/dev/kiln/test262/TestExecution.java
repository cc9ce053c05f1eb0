package dev.kiln.test262;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one test file: reads it and its frontmatter, skips it if the skip list says so, runs it in
 * each of its modes through the executor, and turns whatever happens into a {@link TestResult}.
 * Nothing a test does escapes as an exception.
 */
final class TestExecution {

    /** Told when a mode starts, so that the scheduler can time each mode on its own and interrupt it. */
    interface ModeListener {
        void modeStarted(Mode mode, Interrupt interrupt);
    }

    private final Path root;
    private final Executor executor;
    private final SkipList skipList;

    TestExecution(Path root, Executor executor, SkipList skipList) {
        this.root = root;
        this.executor = executor;
        this.skipList = skipList;
    }

    /** The name a file goes by in reports and the baseline: its path below the root, with '/'. */
    String nameOf(Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    TestResult run(Path file, ModeListener listener) {
        String name = nameOf(file);
        TestCase test;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            test = new TestCase(name, file, text, Frontmatter.of(text));
        } catch (IOException e) {
            return TestResult.failed(name, List.of(new ModeFailure(null, "cannot read the file: " + describe(e))));
        } catch (FrontmatterException e) {
            return TestResult.failed(name, List.of(new ModeFailure(null, "bad frontmatter: " + e.getMessage())));
        }

        Optional<String> skip = skipList.skipReason(test.frontmatter(), executor.name());
        if (skip.isPresent()) return TestResult.skipped(name, skip.get());

        List<ModeFailure> failures = new ArrayList<>();
        for (Mode mode : test.modes()) {
            Interrupt interrupt = new Interrupt();
            listener.modeStarted(mode, interrupt);
            Outcome outcome;
            try {
                outcome = executor.run(test, mode, interrupt);
            } catch (Throwable e) { // any Java exception or error is the engine's failure, not the runner's
                outcome = Outcome.fail(describe(e));
            }
            if (!outcome.passed()) failures.add(new ModeFailure(mode, outcome.message()));
        }
        return failures.isEmpty() ? TestResult.passed(name) : TestResult.failed(name, failures);
    }

    /** Names a Java exception and where it was thrown, e.g. {@code java.lang.NullPointerException: x at Foo.bar(Foo.java:12)}. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getName());
        if (e.getMessage() != null) text.append(": ").append(e.getMessage());
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 0) text.append(" at ").append(trace[0]);
        return text.toString();
    }
}
