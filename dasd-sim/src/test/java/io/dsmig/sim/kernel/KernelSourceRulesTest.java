package io.dsmig.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The determinism rules of the kernel package, checked on its source: no host clock, no unseeded
 * random, no threads. Comments are stripped first, so the rules may be explained in Javadoc.
 */
class KernelSourceRulesTest {

    private static final Path SOURCES = Path.of("src/main/java/io/dsmig/sim/kernel");

    private static final List<String> FORBIDDEN = List.of(
            "System.currentTimeMillis", "System.nanoTime", "Instant.now", "LocalDateTime.now",
            "LocalTime.now", "ZonedDateTime.now", "Clock.system", "new Date(", "new Random(", "Math.random",
            "ThreadLocalRandom", "SecureRandom", "new Thread", "ExecutorService", "Executors.",
            "CompletableFuture", "Thread.sleep", "synchronized", "hashCode()", "identityHashCode");

    @Test
    void theKernelNeverReadsTheHostClockUsesUnseededRandomOrStartsThreads() throws IOException {
        List<String> violations = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(files.size() >= 10, "found the kernel sources in " + SOURCES.toAbsolutePath());
        for (Path file : files) {
            String code = withoutComments(Files.readString(file));
            for (String forbidden : FORBIDDEN) {
                if (code.contains(forbidden)) {
                    violations.add(file.getFileName() + " uses " + forbidden);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
    }
}
