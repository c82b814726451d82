package dev.berth.compat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The snippets of README.md that a user copies, each a fenced code block right after an HTML comment
 * {@code <!-- snippet: NAME -->} (invisible on the rendered page), so that the suite builds exactly what the page
 * shows.
 */
record Readme(String text) {

    private static final Pattern FENCE = Pattern.compile("```[a-z]*\\n(.*?)```", Pattern.DOTALL);

    static Readme of(Path file) throws IOException {
        return new Readme(Files.readString(file));
    }

    /**
     * @param name the snippet's name
     * @return the code block's text
     * @throws IllegalStateException when README.md has no such snippet
     */
    String snippet(String name) {
        String marker = "<!-- snippet: " + name + " -->";
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new IllegalStateException("README.md has no snippet \"" + name + "\": the compatibility suite builds "
                    + "its projects from the README's code blocks, each after a line " + marker);
        }
        Matcher fence = FENCE.matcher(text);
        if (!fence.find(at + marker.length())) {
            throw new IllegalStateException("README.md: no code block follows " + marker);
        }
        return fence.group(1);
    }
}
