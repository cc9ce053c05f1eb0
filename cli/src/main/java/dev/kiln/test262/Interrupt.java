package dev.kiln.test262;

import java.util.ArrayList;
import java.util.List;

/**
 * A request to stop one test in one mode, made by the scheduler when the mode overruns its time
 * limit. An executor registers how to stop what it runs (for the runtime executor: each realm's
 * own interrupt, which compiled code polls on loop back-edges); an executor that cannot be
 * stopped registers nothing and the scheduler abandons its worker after a grace period.
 * Thread-safe: the worker registers, the watchdog requests.
 */
public final class Interrupt {
    private final List<Runnable> actions = new ArrayList<>();
    private String reason;

    /** Runs {@code action} when the interrupt is requested, at once if it already was. */
    public void onRequest(Runnable action) {
        synchronized (this) {
            if (reason == null) {
                actions.add(action);
                return;
            }
        }
        action.run();
    }

    /** Requests the interrupt, giving the reason a stopped test fails with; later requests do nothing. */
    public void request(String why) {
        List<Runnable> toRun;
        synchronized (this) {
            if (reason != null) return;
            reason = why;
            toRun = List.copyOf(actions);
            actions.clear();
        }
        toRun.forEach(Runnable::run);
    }

    /** The reason given to {@link #request}, or null while none was made. */
    public synchronized String reason() {
        return reason;
    }
}
