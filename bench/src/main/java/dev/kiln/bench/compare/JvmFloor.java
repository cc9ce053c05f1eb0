package dev.kiln.bench.compare;

/** The startup floor: a JVM that prints {@code 1} without any JavaScript engine. */
public final class JvmFloor {
    private JvmFloor() {
    }

    public static void main(String[] args) {
        System.out.println(1);
    }
}
