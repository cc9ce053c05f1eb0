package dev.kiln.bench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How to start one engine as its own process.
 *
 * @param name           the column name in the table
 * @param runCommand     the command that runs files given after it (see {@link ScriptDriver});
 *                       empty for an engine measured only for startup
 * @param startupCommand the command that prints {@code 1} and exits
 * @param unavailable    why the engine cannot run on this machine, or {@code null}
 */
public record Engine(String name, List<String> runCommand, List<String> startupCommand, String unavailable) {

    public Engine {
        runCommand = List.copyOf(runCommand);
        startupCommand = List.copyOf(startupCommand);
    }

    public Optional<String> unavailableReason() {
        return Optional.ofNullable(unavailable);
    }

    public boolean runsPrograms() {
        return !runCommand.isEmpty();
    }

    /** The command that runs {@code files} in order in one global scope. */
    public List<String> run(List<String> files) {
        List<String> command = new ArrayList<>(runCommand);
        command.addAll(files);
        return command;
    }
}
