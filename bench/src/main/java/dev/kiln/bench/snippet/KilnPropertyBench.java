package dev.kiln.bench.snippet;

import dev.kiln.bench.ScriptRealm;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Property reads, writes and method calls at one site that sees {@code shapes} shapes: 1 is a
 * monomorphic site, 2 and 4 polymorphic, 8 past what one site keeps inline (megamorphic). The
 * constructors are generated here, one function literal each, so that each shape's method is
 * its own code; the sites are in {@code property-sites.js}. Per access or call.
 */
@State(Scope.Thread)
public class KilnPropertyBench extends JsLoop {

    @Param({"1", "2", "4", "8"})
    public int shapes;

    private Object get;
    private Object set;
    private Object call;

    @Setup
    public void setup() {
        load("property-sites.js", constructors(shapes) + ScriptRealm.resource(KilnPropertyBench.class, "property-sites.js"));
        get = realm.function("get");
        set = realm.function("set");
        call = realm.function("call");
    }

    /** {@code count} constructors: the K-th gives its objects the shape {pK, x} and a prototype with its own f. */
    static String constructors(int count) {
        StringBuilder js = new StringBuilder("var constructors = [];\n");
        for (int k = 0; k < count; k++) {
            js.append("function Shape").append(k).append("(v) { this.p").append(k).append(" = v; this.x = v; }\n")
                    .append("Shape").append(k).append(".prototype.f = function (a) { return (a + this.x + ").append(k)
                    .append(") | 0; };\n")
                    .append("constructors.push(Shape").append(k).append(");\n");
        }
        return js.toString();
    }

    @Benchmark
    public Object get() {
        return loop(get);
    }

    @Benchmark
    public Object set() {
        return loop(set);
    }

    @Benchmark
    public Object call() {
        return loop(call);
    }
}
