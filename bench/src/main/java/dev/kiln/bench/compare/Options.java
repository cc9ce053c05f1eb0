package dev.kiln.bench.compare;

import dev.kiln.bench.Octane;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The comparison's command line. The defaults are the full run; {@code --quick} switches to a
 * short one (fewer rounds, a subset of the programs, fewer startup runs), and every other
 * option overrides either.
 */
public final class Options {
    static final String USAGE = """
            usage: bench/compare [--quick] [options]
              --quick             2 rounds, programs %s, 3 startup runs, 120 s limit
              --rounds N          base.js rounds per process (full: 4); cold = first, warm = last
              --programs A,B      Octane programs to run (default: all that are present)
              --peers A,B         peers beside Kiln (default: Rhino,Nashorn,GraalJS,node); Kiln-no-polls is
                                  Kiln without safepoint polls, whose ratio is what the polls cost
              --jobs N            processes at a time, each on its own core (full: 2)
              --timeout SECONDS   time limit per process (full: 420)
              --startup-runs N    timed startup runs per engine (full: 10); 0 skips startup
              --no-pin            do not pin each process to one core
              --out DIR           where compare.md, compare.csv, ratios.svg and logs/ go
                                  (default: bench/target/compare)
              --jdk DIR           the JDK of every JVM engine (default: the newest installed beside this one)
              --octane DIR        the Octane programs (default: shared/bench/octane in the nearest ancestor)
              --root DIR          the Kiln repository (default: the current directory)
            """.formatted(String.join(",", OctaneProgram.QUICK));

    int rounds = 4;
    List<String> programs = new ArrayList<>();
    List<String> peers = new ArrayList<>(Engines.DEFAULT_PEERS);
    int jobs = 2;
    Duration timeout = Duration.ofSeconds(420);
    int startupRuns = 10;
    int startupUntimed = 2;
    boolean pin = true;
    Path out;
    Path jdk;
    Path octane;
    Path root = Path.of(System.getProperty("kiln.root", ".")).toAbsolutePath().normalize();
    boolean quick;

    static Options parse(String[] args) {
        Options o = new Options();
        for (String arg : args) {
            if (arg.equals("--quick")) o.quick();
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--quick" -> {
                    // applied before the other options, so that they override it
                }
                case "--no-pin" -> o.pin = false;
                case "-h", "--help" -> throw new UsageException(null);
                case "--rounds" -> o.rounds = positive(arg, value(args, ++i));
                case "--programs" -> o.programs = list(value(args, ++i));
                case "--peers" -> o.peers = list(value(args, ++i));
                case "--jobs" -> o.jobs = positive(arg, value(args, ++i));
                case "--timeout" -> o.timeout = Duration.ofSeconds(positive(arg, value(args, ++i)));
                case "--startup-runs" -> o.startupRuns = number(arg, value(args, ++i));
                case "--out" -> o.out = Path.of(value(args, ++i)).toAbsolutePath();
                case "--jdk" -> o.jdk = Path.of(value(args, ++i)).toAbsolutePath();
                case "--octane" -> o.octane = Path.of(value(args, ++i)).toAbsolutePath();
                case "--root" -> o.root = Path.of(value(args, ++i)).toAbsolutePath().normalize();
                default -> throw new UsageException("unknown option " + arg);
            }
        }
        for (String peer : o.peers) {
            if (Engines.NAMES.subList(1, Engines.NAMES.size()).stream().noneMatch(peer::equalsIgnoreCase)) {
                throw new UsageException("unknown peer " + peer + " (peers: " + String.join(", ", Engines.NAMES.subList(1, Engines.NAMES.size())) + ")");
            }
        }
        for (String program : o.programs) {
            if (OctaneProgram.named(program).isEmpty()) throw new UsageException("unknown Octane program " + program);
        }
        if (o.out == null) o.out = o.root.resolve("bench/target/compare");
        return o;
    }

    private void quick() {
        quick = true;
        rounds = 2;
        programs = new ArrayList<>(OctaneProgram.QUICK);
        startupRuns = 3;
        startupUntimed = 1;
        timeout = Duration.ofSeconds(120);
    }

    /** The Octane folder: the option, or {@code shared/bench/octane} in the nearest ancestor of the root. */
    Optional<Path> octaneDir() {
        return octane != null ? Optional.of(octane) : Octane.find(root);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) throw new UsageException(args[i - 1] + " needs a value");
        return args[i];
    }

    private static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split(",")) {
            if (!item.isBlank()) items.add(item.strip());
        }
        return items;
    }

    private static int number(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, not " + value);
        }
    }

    private static int positive(String option, String value) {
        int n = number(option, value);
        if (n == 0) throw new UsageException(option + " must be at least 1");
        return n;
    }

    /** A command line the comparison cannot run; a null message asks for the usage alone. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }
}
