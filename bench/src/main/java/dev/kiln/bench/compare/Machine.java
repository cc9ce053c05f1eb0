package dev.kiln.bench.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The machine a comparison ran on, for the report's header: figures from different machines
 * are not comparable.
 *
 * @param cores  processors available to the JVM
 * @param cpu    the processor model, if the OS tells it
 * @param memory total memory, if the OS tells it
 * @param os     operating system and architecture
 * @param load   the load averages over 1, 5 and 15 minutes when the run started, if the OS
 *               tells them: other work on the machine lowers every score
 */
public record Machine(int cores, String cpu, String memory, String os, String load) {

    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(), totalMemory(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                loadAverage());
    }

    @Override
    public String toString() {
        return cores + " cores" + (cpu.isEmpty() ? "" : " (" + cpu + ")") + (memory.isEmpty() ? "" : ", " + memory)
                + ", " + os + (load.isEmpty() ? "" : "; load average at the start " + load);
    }

    /** The load averages as {@code /proc/loadavg} gives them, or an empty string. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return fields.length >= 3 ? fields[0] + " " + fields[1] + " " + fields[2] : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String cpuModel() {
        return procField("/proc/cpuinfo", "model name").replaceAll("\\s+", " ");
    }

    private static String totalMemory() {
        String kb = procField("/proc/meminfo", "MemTotal").replace("kB", "").strip();
        try {
            return String.format(Locale.ROOT, "%.1f GiB memory", Long.parseLong(kb) / (1024.0 * 1024.0));
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private static String procField(String file, String field) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            for (String line : lines) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equals(field)) {
                    return line.substring(colon + 1).strip();
                }
            }
        } catch (IOException e) {
            // not Linux: the field stays unknown
        }
        return "";
    }
}
