package dev.nextcall.config;

import dev.nextcall.domain.prompt.ParsedPhrases;
import dev.nextcall.domain.prompt.PhraseParser;
import dev.nextcall.domain.prompt.PhraseProblem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rep's own lines, {@code phrases.txt} in the data folder: created on the first read (first run)
 * with a header that explains the format, read again whenever its modified time or size changes. It is never written
 * after it exists, so a mistake in it loses nothing: the bad line is named and skipped. Blocking: call
 * it from a background task.
 */
public final class PhraseFile {

    public static final String NAME = "phrases.txt";

    static final String HEADER = """
            # Your own lines for NextCall's panel. Edit this file while NextCall runs: it is read again
            # within seconds of saving. A line NextCall cannot use is named in the panel and skipped.
            #
            # One line per suggestion:   category[, condition...]: the words to say
            #
            #   categories  ask       ask to book the next call while you are both on the line
            #               offer     offer a concrete choice of times
            #               tie       tie the date to the follow-up actions
            #               confirm   the invite is on its way: ask them to accept it
            #               backoff   they will come back with a date: no pushing
            #               overtime  a one-line close when the call runs over
            #   conditions  first-call   only on a first call with this prospect
            #               follow-up    only when you have spoken with them before
            #               other-zone   only when they are in another time zone
            #   placeholders {name} {slot1} {slot2} (the times on offer, as said aloud)
            #                {zone} (their zone, e.g. New York)   {action} (your first follow-up note)
            #
            # Your lines come first and add to the built-in ones. To use only yours in a category,
            # add a line "replace <category>", e.g. "replace overtime".
            # Lines starting with # are comments. Examples (remove the # to use them):
            #
            # ask: Shall we put the next call in the diary before we hang up?
            # offer, other-zone: Would {slot1} or {slot2} work for you in {zone}?
            # replace overtime
            # overtime: We're over time; {slot1} for the next one?
            """;

    private final Path file;
    private FileTime lastModified;
    private long lastSize = -1;
    private boolean readOnce;

    public PhraseFile(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    public Path path() {
        return file;
    }

    /** Writes the explained, empty file if there is none yet (first run); an existing file is never touched. */
    public void createIfMissing() throws IOException {
        if (Files.notExists(file)) {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "phrases", ".tmp");
            try {
                Files.writeString(temp, HEADER, StandardCharsets.UTF_8);
                Files.move(temp, file);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // created meanwhile by another instance: theirs stands
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * The file's lines when it changed since the last call (always on the first), empty when it did not.
     * A file that cannot be read gives no lines and one problem saying why.
     */
    public synchronized Optional<ParsedPhrases> readIfChanged() {
        if (!readOnce) {
            try {
                createIfMissing();
            } catch (IOException e) {
                readOnce = true;
                return Optional.of(new ParsedPhrases(List.of(), Set.of(), List.of(new PhraseProblem(0,
                        "could not be created (" + e.getMessage() + "); the built-in lines are used"))));
            }
        }
        FileTime modified;
        long size;
        try {
            modified = Files.getLastModifiedTime(file);
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            modified = null;
            size = -1;
        } catch (IOException e) {
            return Optional.of(unreadable(e));
        }
        if (readOnce && Objects.equals(modified, lastModified) && size == lastSize) {
            return Optional.empty();
        }
        readOnce = true;
        lastModified = modified;
        lastSize = size;
        if (modified == null) {
            return Optional.of(ParsedPhrases.NONE);
        }
        try {
            return Optional.of(PhraseParser.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (CharacterCodingException e) {
            return Optional.of(new ParsedPhrases(List.of(), Set.of(), List.of(new PhraseProblem(0,
                    "is not UTF-8 text; save it as UTF-8 (your lines are not used until then)"))));
        } catch (IOException e) {
            return Optional.of(unreadable(e));
        }
    }

    private static ParsedPhrases unreadable(IOException e) {
        return new ParsedPhrases(List.of(), Set.of(), List.of(new PhraseProblem(0, "cannot be read ("
                + e.getClass().getSimpleName() + ": " + e.getMessage() + "); the built-in lines are used")));
    }
}
