package dev.kiln.test262;

import java.util.List;

/**
 * The verdict on one test file over all its modes: it passes only if every mode passed.
 *
 * @param name       the test's path relative to the test262 root (see {@link TestCase#name()})
 * @param status     passed, failed or skipped
 * @param failures   for a failed test, each failing mode and why
 * @param skipReason for a skipped test, why
 */
public record TestResult(String name, Status status, List<ModeFailure> failures, String skipReason) {

    public enum Status { PASSED, FAILED, SKIPPED }

    public TestResult {
        failures = List.copyOf(failures);
    }

    static TestResult passed(String name) {
        return new TestResult(name, Status.PASSED, List.of(), null);
    }

    static TestResult failed(String name, List<ModeFailure> failures) {
        return new TestResult(name, Status.FAILED, failures, null);
    }

    static TestResult skipped(String name, String reason) {
        return new TestResult(name, Status.SKIPPED, List.of(), reason);
    }

    /** The report folder of this test (see {@link TestCase#group()}). */
    public String group() {
        return TestCase.group(name);
    }

    /**
     * A one-line reason for the baseline: the failure message, prefixed with the modes it
     * occurred in; a different message in another mode is appended after {@code |}.
     */
    public String reason() {
        StringBuilder reason = new StringBuilder();
        List<ModeFailure> rest = failures;
        while (!rest.isEmpty()) {
            String message = rest.get(0).message();
            List<ModeFailure> same = rest.stream().filter(f -> f.message().equals(message)).toList();
            if (reason.length() > 0) reason.append(" | ");
            reason.append('[')
                    .append(String.join(", ", same.stream().map(ModeFailure::modeLabel).toList()))
                    .append("] ").append(message);
            rest = rest.stream().filter(f -> !f.message().equals(message)).toList();
        }
        return reason.toString();
    }
}
