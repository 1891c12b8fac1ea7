package org.popcheck.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.popcheck.testsupport.Bundles;

/**
 * Every translation of a message uses the same arguments ({0}, {1,number}, {2,choice,...}) as its
 * English text: a translation that drops one loses a number or a name the person needs (a date, a
 * count of sets), and one that adds an index English does not pass shows "{3}" on the screen.
 */
class MessageArgumentsKeptTest {

    /** An argument's index where MessageFormat reads one: a brace outside '...' quotes, then digits. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)");

    /** The argument indices a MessageFormat pattern uses; text between single quotes is literal. */
    static Set<Integer> arguments(String pattern) {
        StringBuilder unquoted = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (!quoted) {
                unquoted.append(c);
            }
        }
        Set<Integer> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(unquoted);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    @Test
    void theReaderOfArgumentsSeesIndicesAndSkipsQuotedBraces() {
        assertEquals(Set.of(0, 2), arguments("{0} of {2,number,integer} sets"));
        assertEquals(Set.of(1), arguments("'{0}' is literal, {1} is not; it''s {1,choice,0#none|1#one}"));
        assertEquals(Set.of(), arguments("no arguments here"));
    }

    @Test
    void everyTranslationUsesTheArgumentsOfItsEnglishText() {
        List<String> problems = new ArrayList<>();
        for (String name : Bundles.names()) {
            Map<String, String> english = Bundles.texts(Bundles.file(name, Language.EN));
            for (Language language : Language.values()) {
                Path file = Bundles.file(name, language);
                if (language == Language.EN || !Files.exists(file)) {
                    continue;
                }
                Bundles.texts(file).forEach((key, text) -> {
                    String source = english.get(key);
                    if (source != null && !arguments(source).equals(arguments(text))) {
                        problems.add(file.getFileName() + " " + key + ": " + arguments(text) + ", English " + arguments(source));
                    }
                });
            }
        }
        assertEquals(List.of(), problems);
    }
}
