package org.popcheck.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;

/** {@code --help} speaks the language of {@code --lang} (or of the system), on every command. */
class HelpLanguageTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
        Messages.setLanguage(Language.EN);
    }

    @Test
    void theTopLevelHelpInGermanIsGerman() {
        CliRun r = CliRun.of("--help", "--lang", "de");
        assertEquals(0, r.code(), r.err());
        String help = oneLine(r.out());
        for (String german : List.of("Aufruf: popcheck", "Stellt keine Diagnose.", "Zeigt diese Hilfe und beendet das Programm.",
                "Die Sprache der Ausgabe: en, es oder de", "Befehle:",
                "triage Gibt die Einschätzung einer Befragung aus: wie schnell Sie Hilfe brauchen, und warum.",
                "summary Schreibt den Bericht für Ärzte aus dem Tagebuch als PDF.", "Exit-Codes: 0 erledigt;")) {
            assertTrue(help.contains(german), "'" + german + "' in:\n" + r.out());
        }
        for (String english : List.of("Usage:", "Show this help", "Commands:", "Gives no diagnosis", "Exit codes", "Prints the triage")) {
            assertFalse(r.out().contains(english), "no English '" + english + "' left:\n" + r.out());
        }
    }

    /** Every help text of the command, in the language asked for, whichever side of the command --lang stands. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|--lang de --help", "es|--lang es --help", "en|--lang en --help",
        "de|triage --help --lang de", "es|triage --lang es --help",
        "de|summary --help --lang de", "es|--lang es summary --help",
        "de|journal --help --lang de", "es|journal --lang es --help",
        "de|journal add --help --lang de", "es|journal add --lang es --help", "en|journal add --help --lang en",
        "de|journal list --help --lang de", "es|journal export --help --lang es", "de|journal import --lang de --help",
    })
    void everyHelpTextOfTheCommandIsInTheLanguageAsked(String code, String args) {
        CliRun r = CliRun.of(args.split(" "));
        assertEquals(0, r.code(), r.err());
        assertAllTextsShown(Language.parse(code).orElseThrow(), commandOf(args), r.out());
    }

    @Test
    void withoutLangTheHelpFollowsTheSystemLocaleAndLangEnOverridesIt() {
        Locale.setDefault(Locale.forLanguageTag("es-MX"));
        assertAllTextsShown(Language.ES, "popcheck.journal.add", CliRun.of("journal", "add", "--help").out());
        assertAllTextsShown(Language.EN, "popcheck.journal.add", CliRun.of("journal", "add", "--help", "--lang", "en").out());
        Locale.setDefault(Locale.GERMANY);
        assertAllTextsShown(Language.DE, "popcheck", CliRun.of("--help").out());
    }

    /** "journal add --help --lang de" is command popcheck.journal.add. */
    private static String commandOf(String args) {
        StringBuilder name = new StringBuilder("popcheck");
        String[] words = args.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals("--lang")) {
                i++;
            } else if (!words[i].startsWith("-")) {
                name.append('.').append(words[i]);
            }
        }
        return name.toString();
    }

    /**
     * The command's own texts (description and footer) and the shared ones each help shows, in the
     * bundle of {@code language}, are all in {@code help}; and no English text that differs is.
     */
    private static void assertAllTextsShown(Language language, String command, String help) {
        ResourceBundle english = ResourceBundle.getBundle("i18n.cli", Locale.ROOT);
        ResourceBundle shown = ResourceBundle.getBundle("i18n.cli", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> keys = new ArrayList<>(List.of("usage.synopsisHeading", "mixinStandardHelpOptions.help", "lang"));
        for (String key : english.keySet()) {
            if (key.matches(java.util.regex.Pattern.quote(command) + "\\.usage\\.(description|footer)(\\.\\d+)?")) {
                keys.add(key);
            }
        }
        assertTrue(keys.size() > 3, "the command " + command + " has its own texts");
        String compact = compact(help);
        for (String key : keys) {
            String text = compact(shown.getString(key));
            assertTrue(compact.contains(text), language + " " + key + " '" + shown.getString(key) + "' in:\n" + help);
            String englishText = compact(english.getString(key));
            if (language != Language.EN && !englishText.isEmpty() && !englishText.equals(text)) {
                assertFalse(compact.contains(englishText), "English " + key + " in:\n" + help);
            }
        }
    }

    /** Without any white space: picocli wraps lines anywhere, even inside a long word. */
    private static String compact(String text) {
        return text.replace("%n", "").replaceAll("\\s+", "");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
