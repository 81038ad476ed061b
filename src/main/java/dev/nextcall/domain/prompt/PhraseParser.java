package dev.nextcall.domain.prompt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the phrase-file format shared by the built-in libraries (one per language) and the rep's
 * own {@code phrases.txt}. It takes text, not files, so the domain stays free of I/O.
 *
 * <pre>
 * # a comment; blank lines are ignored
 * ask: While we're both here, shall we put the next call in the diary?
 * offer, other-zone: Would {slot1} or {slot2} work for you?
 * replace overtime
 * </pre>
 *
 * A line is a category ({@code ask, offer, tie, confirm, backoff, overtime}), optional conditions
 * ({@code first-call, follow-up, other-zone}) after commas, a colon, and the words. The words may name
 * {@code {name} {slot1} {slot2} {zone} {action}}. {@code replace <category>} makes the file's lines of
 * that category replace the built-in ones instead of adding to them. A line that cannot be used is
 * reported with its number and skipped; the others still count.
 */
public final class PhraseParser {

    /** Longer than this is not said in one breath. */
    public static final int MAX_LENGTH = 200;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern REPLACE = Pattern.compile("replace\\s+(\\S+)\\s*");

    private PhraseParser() {
    }

    public static ParsedPhrases parse(String text) {
        List<Phrase> phrases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<PhraseCategory> replaced = EnumSet.noneOf(PhraseCategory.class);
        List<PhraseProblem> problems = new ArrayList<>();
        String[] lines = text.replace("\uFEFF", "").split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher replace = REPLACE.matcher(line);
            if (!line.contains(":") && replace.matches()) {
                PhraseCategory.ofKey(replace.group(1)).ifPresentOrElse(replaced::add,
                        () -> problems.add(unknownCategory(number, replace.group(1))));
                continue;
            }
            try {
                Phrase phrase = phrase(line, number);
                if (ids.add(phrase.id())) {
                    phrases.add(phrase);
                } else {
                    problems.add(new PhraseProblem(number, "the same line appears earlier in the file"));
                }
            } catch (LineException e) {
                problems.add(e.problem);
            }
        }
        return new ParsedPhrases(phrases, replaced, problems);
    }

    private static Phrase phrase(String line, int number) throws LineException {
        int colon = line.indexOf(':');
        if (colon < 0) {
            throw new LineException(number, "no ':' after the category; write it as 'offer: Would {slot1} work?'");
        }
        String[] head = line.substring(0, colon).split(",");
        String words = line.substring(colon + 1).strip();
        PhraseCategory category = PhraseCategory.ofKey(head[0])
                .orElseThrow(() -> new LineException(unknownCategory(number, head[0].strip())));
        Set<PhraseCondition> conditions = EnumSet.noneOf(PhraseCondition.class);
        for (int i = 1; i < head.length; i++) {
            String word = head[i].strip();
            conditions.add(PhraseCondition.ofKey(word).orElseThrow(() -> new LineException(number,
                    "unknown condition '" + word + "' (use first-call, follow-up or other-zone)")));
        }
        if (conditions.contains(PhraseCondition.FIRST_CALL) && conditions.contains(PhraseCondition.FOLLOW_UP)) {
            throw new LineException(number, "a line cannot be for both first-call and follow-up");
        }
        if (words.isEmpty()) {
            throw new LineException(number, "there are no words after the ':'");
        }
        if (words.length() > MAX_LENGTH) {
            throw new LineException(number, "the line has " + words.length() + " characters; keep it under "
                    + MAX_LENGTH + " so it can be said in one breath");
        }
        checkPlaceholders(words, number);
        return Phrase.of(category, words, conditions);
    }

    private static void checkPlaceholders(String words, int number) throws LineException {
        Matcher m = PLACEHOLDER.matcher(words);
        while (m.find()) {
            if (!Phrase.PLACEHOLDERS.contains(m.group())) {
                throw new LineException(number, "unknown placeholder " + m.group() + " (use "
                        + String.join(", ", Phrase.PLACEHOLDERS) + ")");
            }
        }
        String rest = PLACEHOLDER.matcher(words).replaceAll("");
        if (rest.contains("{") || rest.contains("}")) {
            throw new LineException(number, "a '{' or '}' without its partner");
        }
        if (words.contains("{slot2}") && !words.contains("{slot1}")) {
            throw new LineException(number, "{slot2} needs {slot1} too: the first time is the best one");
        }
    }

    private static PhraseProblem unknownCategory(int number, String word) {
        return new PhraseProblem(number, "unknown category '" + word + "' (use " + PhraseCategory.allKeys() + ")");
    }

    private static final class LineException extends Exception {
        private final transient PhraseProblem problem;

        LineException(int line, String message) {
            this(new PhraseProblem(line, message));
        }

        LineException(PhraseProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }
}
