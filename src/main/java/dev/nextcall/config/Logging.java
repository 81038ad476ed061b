package dev.nextcall.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends all logging (ours through java.util.logging, ical4j's through SLF4J's JUL binding) to rolling
 * files in {@code logs/}: five files of 1 MB. Nothing goes to the console, which belongs to the
 * command line's one-line errors. Log calls never include tokens or e-mail bodies.
 */
public final class Logging {

    private static final int FILE_LIMIT_BYTES = 1_000_000;
    private static final int FILE_COUNT = 5;

    private Logging() {
    }

    /** Returns false (and leaves logging off) when the folder cannot be written; the app still runs. */
    public static boolean toFolder(Path logs) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            Files.createDirectories(logs);
            System.setProperty("java.util.logging.SimpleFormatter.format",
                    "%1$tFT%1$tT.%1$tL%1$tz %4$s %3$s: %5$s%6$s%n");
            Handler file = new FileHandler(logs.resolve("nextcall-%g.log").toString(), FILE_LIMIT_BYTES, FILE_COUNT,
                    true);
            file.setFormatter(new SimpleFormatter());
            file.setEncoding("UTF-8");
            root.addHandler(file);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
