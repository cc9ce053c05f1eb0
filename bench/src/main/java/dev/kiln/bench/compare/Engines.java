package dev.kiln.bench.compare;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The engines of the comparison and how each is launched. Every JVM engine runs on the same
 * JDK with the same flags; each peer runs from its own folder of jars under
 * {@code bench/target/peers} (filled by the {@code peers} Maven profile), so no driver process
 * sees another engine or any of Kiln. Kiln runs through its command-line jar, the same
 * {@code FILE...} interface the peer drivers offer.
 */
public final class Engines {
    /** The JVM flags of every JVM engine, as in the peers' reference measurements. */
    public static final List<String> JVM_FLAGS = List.of("-Xmx4g", "-Xss16m", "-XX:+UseSerialGC");

    /**
     * Kiln compiled without its safepoint polls ({@code -Dkiln.noSafepointPolls=true}): asked for
     * by name, its column's "Kiln ÷" ratio is what the polls cost.
     */
    public static final String KILN_NO_POLLS = "Kiln-no-polls";

    /** The column order of the table. */
    public static final List<String> NAMES = List.of("Kiln", "Rhino", "Nashorn", "GraalJS", "node", KILN_NO_POLLS);

    /** The peers a comparison runs unless told otherwise. */
    public static final List<String> DEFAULT_PEERS = List.of("Rhino", "Nashorn", "GraalJS", "node");

    /** The startup row of a JVM that runs no JavaScript. */
    public static final String JVM_FLOOR = "JVM floor";

    private static final int GRAAL_MIN_FEATURE = 21;
    private static final List<String> STARTUP_ARGS = List.of("-p", "1");

    private final Path root;
    private final Jdk jdk;

    /**
     * @param root the repository root (the folder holding {@code cli/} and {@code bench/})
     * @param jdk  the JDK every JVM engine runs on
     */
    public Engines(Path root, Jdk jdk) {
        this.root = root;
        this.jdk = jdk;
    }

    /** The engines of the table, in column order. */
    public List<Engine> all() {
        return List.of(kiln(), rhino(), nashorn(), graal(), node(), kilnWithoutPolls());
    }

    /** Kiln through its command-line jar; a jar that cannot run programs yet fails in its cells. */
    public Engine kiln() {
        return kiln("Kiln", List.of());
    }

    public Engine kilnWithoutPolls() {
        return kiln(KILN_NO_POLLS, List.of("-Dkiln.noSafepointPolls=true"));
    }

    private Engine kiln(String name, List<String> properties) {
        Path jar = root.resolve("cli/target/kiln.jar");
        String unavailable = Files.isRegularFile(jar) ? null : jar + " not built (mvn -pl cli -am package)";
        List<String> launch = new ArrayList<>(properties);
        launch.addAll(List.of("-jar", jar.toString()));
        return jvm(name, launch, STARTUP_ARGS, unavailable);
    }

    public Engine rhino() {
        return peer("Rhino", "rhino", List.of(), "dev.kiln.bench.peers.RhinoDriver");
    }

    public Engine nashorn() {
        return peer("Nashorn", "nashorn", List.of(), "dev.kiln.bench.peers.NashornDriver");
    }

    /**
     * GraalJS with Truffle's optimizing compiler on a stock JDK: JVMCI on, the Graal compiler
     * jars upgrading the JDK's modules, the engine itself on the module path. Without these
     * flags GraalJS silently runs interpreter-only and is far slower.
     */
    public Engine graal() {
        Path peers = peersDir();
        List<String> options = List.of(
                "-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI",
                "--upgrade-module-path=" + peers.resolve("graal-jit"),
                "--module-path=" + peers.resolve("graal"),
                "--add-modules=org.graalvm.polyglot",
                "--enable-native-access=org.graalvm.truffle");
        Engine engine = peer("GraalJS", "graal", options, "dev.kiln.bench.peers.GraalDriver");
        if (engine.unavailable() == null && jdk.feature() < GRAAL_MIN_FEATURE) {
            return new Engine(engine.name(), engine.runCommand(), engine.startupCommand(),
                    "needs JDK " + GRAAL_MIN_FEATURE + "+, runs on " + jdk.version());
        }
        return engine;
    }

    public Engine node() {
        Optional<Path> node = onPath("node");
        Path driver = root.resolve("bench/src/main/js/node-driver.js");
        String command = node.map(Path::toString).orElse("node");
        return new Engine("node", List.of(command, driver.toString()), List.of(command, "-e", "console.log(1)"),
                node.isPresent() ? null : "node not on the PATH");
    }

    /** The startup floor: the same JVM and flags printing 1 with no engine. */
    public Engine jvmFloor() {
        List<String> command = new ArrayList<>(jvmPrefix());
        command.addAll(List.of("-cp", classesDir().toString(), JvmFloor.class.getName()));
        return new Engine(JVM_FLOOR, List.of(), command, null);
    }

    public Jdk jdk() {
        return jdk;
    }

    private Engine peer(String name, String jars, List<String> options, String driver) {
        Path dir = peersDir().resolve(jars);
        Path driverClass = classesDir().resolve(driver.replace('.', '/') + ".class");
        String unavailable = Files.isDirectory(dir) && Files.isRegularFile(driverClass) ? null
                : "peers not built (mvn -pl bench -am -Ppeers package)";
        List<String> launch = new ArrayList<>(options);
        launch.addAll(List.of("-cp", classesDir() + File.pathSeparator + dir.resolve("*"), driver));
        return jvm(name, launch, STARTUP_ARGS, unavailable);
    }

    private Engine jvm(String name, List<String> launch, List<String> startupArgs, String unavailable) {
        List<String> run = new ArrayList<>(jvmPrefix());
        run.addAll(launch);
        List<String> startup = new ArrayList<>(run);
        startup.addAll(startupArgs);
        return new Engine(name, run, startup, unavailable);
    }

    private List<String> jvmPrefix() {
        List<String> prefix = new ArrayList<>();
        prefix.add(jdk.java().toString());
        prefix.addAll(JVM_FLAGS);
        return prefix;
    }

    private Path classesDir() {
        return root.resolve("bench/target/classes");
    }

    private Path peersDir() {
        return root.resolve("bench/target/peers");
    }

    static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
