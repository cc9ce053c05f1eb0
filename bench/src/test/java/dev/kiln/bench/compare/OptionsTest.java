package dev.kiln.bench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptionsTest {
    @Test
    void quickIsAStartingPointTheOtherOptionsOverride() {
        Options o = Options.parse(new String[] {"--rounds", "3", "--quick", "--peers", "node"});
        assertEquals(3, o.rounds);
        assertEquals(OctaneProgram.QUICK, o.programs);
        assertEquals(List.of("node"), o.peers);
        assertEquals(Duration.ofSeconds(120), o.timeout);
    }

    @Test
    void theFullRunIsTheDefault() {
        Options o = Options.parse(new String[0]);
        assertEquals(4, o.rounds);
        assertEquals(List.of(), o.programs);
        assertEquals(List.of("Rhino", "Nashorn", "GraalJS", "node"), o.peers);
    }

    @Test
    void badOptionsAreNamed() {
        assertEquals("unknown option --fast",
                assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--fast"})).getMessage());
        assertEquals("unknown peer V8", assertThrows(Options.UsageException.class,
                () -> Options.parse(new String[] {"--peers", "V8"})).getMessage().split(" \\(")[0]);
        assertEquals("--jobs must be at least 1", assertThrows(Options.UsageException.class,
                () -> Options.parse(new String[] {"--jobs", "0"})).getMessage());
        assertEquals("--rounds needs a value", assertThrows(Options.UsageException.class,
                () -> Options.parse(new String[] {"--rounds"})).getMessage());
    }

    @Test
    void aJdkIsReadFromItsReleaseFile(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("bin"));
        Path java = Files.createFile(home.resolve("bin/java"));
        java.toFile().setExecutable(true);
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.3\"\n");
        Jdk jdk = Jdk.at(home).orElseThrow();
        assertEquals(25, jdk.feature());
        assertEquals("25.0.3", jdk.version());
        assertEquals("Eclipse Adoptium", jdk.vendor());
    }
}
