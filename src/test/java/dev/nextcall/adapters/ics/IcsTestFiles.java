package dev.nextcall.adapters.ics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Writing hand-made calendar texts for tests. */
final class IcsTestFiles {

    private IcsTestFiles() {
    }

    /** A text block with CRLF line ends, as RFC 5545 and most servers write them. */
    static String crlf(String text) {
        return text.replace("\n", "\r\n");
    }

    static Path write(Path folder, String name, String content) {
        try {
            return Files.write(folder.resolve(name), content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
