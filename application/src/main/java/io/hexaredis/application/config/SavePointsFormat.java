package io.hexaredis.application.config;

/**
 * The value of {@code save}: pairs of "seconds changes", or "" for no save points.
 * Redis: the special "save" config of config.c.
 */
final class SavePointsFormat {

    private SavePointsFormat() {}

    static String normalize(String value) {
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            return "";
        }
        String[] words = trimmed.split("\\s+");
        if (words.length % 2 != 0) {
            throw new IllegalArgumentException("Invalid save parameters");
        }
        for (String word : words) {
            try {
                if (Long.parseLong(word) < 0) {
                    throw new IllegalArgumentException("Invalid save parameters");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Invalid save parameters");
            }
        }
        return String.join(" ", words);
    }
}
