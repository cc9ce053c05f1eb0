package dev.kiln.cli;

import dev.kiln.codegen.CompiledScript;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --dump-classes DIR}: writes each class the compiler makes for the run (the scripts',
 * and eval code's as it is compiled) to {@code DIR/package/path/Name.class}, for
 * {@code javap -c -l -p}. Written before the JVM defines the class, so a class the verifier
 * rejects is there to read too.
 */
final class ClassDump {
    private final Path directory;
    private final PrintWriter err;

    ClassDump(Path directory, PrintWriter err) {
        this.directory = directory;
        this.err = err;
    }

    void write(CompiledScript script) {
        for (CompiledScript.ClassFile c : script.classes()) {
            Path file = directory.resolve(c.name().replace('.', '/') + ".class");
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, c.bytes());
            } catch (IOException e) {
                err.println("kiln: cannot write " + file + ": " + e.getMessage());
                err.flush();
            }
        }
    }
}
