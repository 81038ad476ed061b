package dev.nextcall.domain.prompt;

/**
 * What is wrong with one line of a phrase file; the line is skipped and the rest still count.
 *
 * @param line the line's number, from 1; 0 for a problem with the whole file (it cannot be read)
 */
public record PhraseProblem(int line, String message) {

    /** "phrases.txt line 7: unknown category …", for the panel. */
    public String describe(String fileName) {
        return line > 0 ? fileName + " line " + line + ": " + message : fileName + ": " + message;
    }
}
