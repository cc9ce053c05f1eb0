package dev.kiln.bench.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A JDK the JVM engines run on, described by its {@code release} file.
 *
 * @param home    the JDK's home directory
 * @param feature the feature release (17, 21, 25, ...)
 * @param version the full version, e.g. {@code 25.0.1}
 * @param vendor  the implementor, e.g. {@code Eclipse Adoptium}
 */
public record Jdk(Path home, int feature, String version, String vendor) {

    public Path java() {
        return home.resolve("bin").resolve("java");
    }

    @Override
    public String toString() {
        return (vendor.isEmpty() ? "" : vendor + " ") + "JDK " + version + " (" + home + ")";
    }

    /** The JDK at {@code home}, if it has a {@code bin/java} and a readable release file. */
    public static Optional<Jdk> at(Path home) {
        Path release = home.resolve("release");
        if (!Files.isExecutable(home.resolve("bin").resolve("java")) || !Files.isRegularFile(release)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(release)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String version = unquote(properties.getProperty("JAVA_VERSION", ""));
        String vendor = unquote(properties.getProperty("IMPLEMENTOR", ""));
        try {
            int feature = Integer.parseInt(version.split("[.+-]")[0]);
            return Optional.of(new Jdk(home, feature, version, vendor));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The newest JDK among the one running this code and the JDKs installed beside it (for
     * example every JDK under {@code /usr/lib/jvm}): GraalJS needs 21 or newer, and every JVM
     * engine runs on the same JDK so that none gets a better JVM than another.
     */
    public static Jdk newest() {
        Path running = Path.of(System.getProperty("java.home"));
        List<Jdk> found = new ArrayList<>();
        at(running).ifPresent(found::add);
        Path parent = running.toAbsolutePath().getParent();
        if (parent != null) {
            try (Stream<Path> siblings = Files.list(parent)) {
                siblings.map(Jdk::at).flatMap(Optional::stream).forEach(found::add);
            } catch (IOException e) {
                // no readable siblings: the running JDK is the only candidate
            }
        }
        return found.stream().max(Comparator.comparingInt(Jdk::feature))
                .orElseThrow(() -> new IllegalStateException("no JDK release file under " + running));
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
