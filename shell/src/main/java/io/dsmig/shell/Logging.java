package io.dsmig.shell;

/**
 * Configures slf4j-simple before the first logger is created: warnings only by default,
 * debug output with {@code --verbose}. Everything goes to standard error.
 */
final class Logging {

    private Logging() {
    }

    static void configure(boolean verbose) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
    }
}
