package dev.kiln.bench.json;

import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Realm;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON.parse and JSON.stringify throughput on a generated document of about 1 MB shaped like
 * a typical API response (an array of records with numbers, strings, booleans, nested arrays
 * and objects, some escapes). Operations per second times the text's size is MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xss16m", "-XX:+UseSerialGC"})
public class KilnJsonBench {
    private Realm realm;
    private Object parse;
    private Object stringify;
    private JSObject json;
    /** The document as text, and as the value JSON.parse made of it. */
    public String text;
    private Object value;

    @Setup
    public void setup() {
        realm = new Realm();
        json = (JSObject) realm.globalObject().get("JSON");
        parse = json.get("parse");
        stringify = json.get("stringify");
        text = document(6000);
        value = ObjectOperations.call(parse, json, text);
    }

    /** {@code records} records, about 170 bytes each. */
    static String document(int records) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < records; i++) {
            if (i > 0) sb.append(',');
            sb.append("{\"id\":").append(i)
                    .append(",\"name\":\"item ").append(i).append(" \\\"quoted\\\"\"")
                    .append(",\"price\":").append(i * 1.25)
                    .append(",\"active\":").append(i % 3 == 0)
                    .append(",\"tags\":[\"alpha\",\"beta\",\"gamma\"]")
                    .append(",\"owner\":{\"id\":").append(i % 97).append(",\"email\":\"user").append(i % 97).append("@example.com\"}")
                    .append(",\"note\":null}");
        }
        return sb.append(']').toString();
    }

    @Benchmark
    public Object parse() {
        return ObjectOperations.call(parse, json, text);
    }

    @Benchmark
    public Object stringify() {
        return ObjectOperations.call(stringify, json, value);
    }
}
