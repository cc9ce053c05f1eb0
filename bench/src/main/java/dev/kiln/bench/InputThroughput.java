package dev.kiln.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings of every benchmark that processes an {@link OctaneInput} whole per operation
 * (parse, compile): operations per second, which {@link Jmh} turns into MB/s. JMH inherits these
 * annotations, so Kiln's benchmark and its peer's run alike. The JVM flags are the comparison's.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xss16m", "-XX:+UseSerialGC"})
public abstract class InputThroughput {
}
