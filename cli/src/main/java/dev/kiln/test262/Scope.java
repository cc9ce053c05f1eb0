package dev.kiln.test262;

import java.util.List;

/**
 * The part of the suite a run covered, as the paths it was given, relative to the test262 root
 * with {@code /} separators ({@code test/language}, {@code test/built-ins/Array/from.js}; empty
 * for the root itself): a baseline entry outside it says nothing about the run.
 */
public record Scope(List<String> paths) {

    public Scope {
        paths = List.copyOf(paths);
    }

    public boolean contains(String testName) {
        for (String path : paths) {
            if (path.isEmpty() || testName.equals(path) || testName.startsWith(path + "/")) return true;
        }
        return false;
    }
}
