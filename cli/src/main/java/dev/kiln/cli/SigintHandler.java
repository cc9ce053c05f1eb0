package dev.kiln.cli;

import dev.kiln.runtime.realm.Realm;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) stops the running script: it requests an interrupt of the realm, whose next
 * safepoint poll ends the script with a termination that no JavaScript catch or finally sees,
 * and {@code kiln} exits with 130 (128 + SIGINT) as node does. A script that reaches no poll
 * within the grace period (stuck in a long operation of the engine), or a second Ctrl-C, ends the
 * process at once: Ctrl-C never leaves it hanging.
 *
 * <p>{@code sun.misc.Signal} (module jdk.unsupported, present in every JDK since 9) is the only
 * way for a Java program to handle a signal without exiting; a shutdown hook could not keep the
 * process alive, which the REPL will need.
 */
final class SigintHandler {
    private static final long GRACE_MILLIS = 2000;

    private final AtomicBoolean received = new AtomicBoolean();

    private SigintHandler() {}

    /**
     * Handles SIGINT for {@code realm} from now on. Returns null where SIGINT cannot be handled
     * (the JVM ignores it, as in a background job of a non-interactive shell).
     */
    static SigintHandler install(Realm realm) {
        SigintHandler handler = new SigintHandler();
        try {
            Signal.handle(new Signal("INT"), signal -> handler.interrupt(realm));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return handler;
    }

    /** Whether SIGINT arrived. */
    boolean received() {
        return received.get();
    }

    private void interrupt(Realm realm) {
        if (received.getAndSet(true)) exitNow();
        realm.requestInterrupt("Script execution was interrupted by SIGINT");
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(GRACE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            exitNow();
        }, "kiln-sigint-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** Console output is flushed line by line, so nothing written is lost; halting skips what could block. */
    private static void exitNow() {
        Runtime.getRuntime().halt(Main.EXIT_INTERRUPTED);
    }
}
