package dev.kiln.runtime.completion;

/**
 * Stops running JavaScript: a timeout or an embedder's interrupt request, raised by the
 * safepoint poll. A java.lang.Error so that no JavaScript catch or finally (which handle
 * {@link JSException} and stack overflow) and no careless {@code catch (RuntimeException)}
 * can intercept it. The realm stays usable afterwards.
 */
public final class ScriptTermination extends Error {
    public ScriptTermination(String reason) {
        super(reason, null, false, false);
    }
}
