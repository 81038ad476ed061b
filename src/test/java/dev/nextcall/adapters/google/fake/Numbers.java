package dev.nextcall.adapters.google.fake;

/** Whole numbers from requests: a bad one is Google's 400 invalid, never a crash of the fake. */
final class Numbers {

    private Numbers() {
    }

    static int parse(String text, String location) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw ApiError.invalid("Invalid value for: " + location, location);
        }
    }
}
