package org.popcheck.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.popcheck.causes.Cause;
import org.popcheck.causes.CauseBook;

/**
 * Every source a person is shown (a rule's "Guideline:" line, a cause's sources) is one of the
 * publications listed in assets/triage/sources.json, each with a publisher and a year or an address,
 * so a person or a clinician can look it up. A symptom ("Severe pain"), a diagnosis ("Spinal
 * infection") or a page name nobody checked cannot slip in as a source: it is not on the list.
 * docs/safety/hazard-log.md lists the same publications, and translations never carry a source of
 * their own, so every language shows the same names.
 */
class SourcesAreKnownPublicationsTest {

    static final Path LIST = Path.of("assets/triage/sources.json");
    private static final Path LOG = Path.of("docs/safety/hazard-log.md");
    /** How a rule's source joins several publications. */
    static final String JOIN = "; ";

    /** The publications of sources.json, by id, in file order. */
    static Map<String, JsonObject> publications() {
        JsonObject root = JsonParser.parseString(read(LIST)).getAsJsonObject();
        Map<String, JsonObject> out = new LinkedHashMap<>();
        for (JsonElement e : root.getAsJsonArray("publications")) {
            JsonObject o = e.getAsJsonObject();
            out.put(o.get("id").getAsString(), o);
        }
        return out;
    }

    static Set<String> knownNames() {
        Set<String> names = new TreeSet<>();
        publications().values().forEach(o -> names.add(o.get("name").getAsString()));
        return names;
    }

    /** The parts of one shown source that are not known publications (empty when it is fine). */
    static List<String> unknownParts(String source, Set<String> known) {
        List<String> unknown = new ArrayList<>();
        for (String part : source.split(Pattern.quote(JOIN), -1)) {
            if (!known.contains(part)) {
                unknown.add(part);
            }
        }
        return unknown;
    }

    /** Each source a person can see, with whose it is: {owner, source}. */
    private static List<String[]> everyShownSource() {
        List<String[]> out = new ArrayList<>();
        RuleBook.standard().rules().forEach(r -> out.add(new String[] {"rule " + r.id(), r.source()}));
        for (Cause c : CauseBook.standard().causes()) {
            c.sources().forEach(s -> out.add(new String[] {"cause " + c.id(), s}));
            // A cause shown for one region may cite that region's own publications.
            for (org.popcheck.body.Region r : org.popcheck.body.Region.values()) {
                c.sources(java.util.EnumSet.of(r)).forEach(s -> out.add(new String[] {"cause " + c.id() + " at " + r.id(), s}));
            }
        }
        return out;
    }

    @Test
    void everyRuleAndCauseSourceIsAListedPublication() {
        Set<String> known = knownNames();
        List<String[]> sources = everyShownSource();
        assertTrue(sources.size() > 90, "read the sources: " + sources.size());
        List<String> bad = new ArrayList<>();
        for (String[] s : sources) {
            List<String> unknown = unknownParts(s[1], known);
            if (!unknown.isEmpty()) {
                bad.add(s[0] + ": " + unknown);
            }
        }
        assertEquals(List.of(), bad, "sources that are not publications listed in " + LIST);
    }

    @Test
    void everyListedPublicationCanBeLookedUpAndIsCited() {
        Map<String, JsonObject> pubs = publications();
        assertTrue(pubs.size() > 30, "read the list: " + pubs.size());
        Set<String> cited = new TreeSet<>();
        everyShownSource().forEach(s -> cited.addAll(List.of(s[1].split(Pattern.quote(JOIN)))));
        Set<String> names = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (JsonObject o : pubs.values()) {
            String id = o.get("id").getAsString();
            String name = string(o, "name");
            if (name.isBlank() || string(o, "publisher").isBlank()) {
                problems.add(id + ": needs a name and a publisher");
            }
            boolean year = o.has("year") && o.get("year").getAsInt() >= 1900 && o.get("year").getAsInt() <= 2030;
            boolean url = string(o, "url").startsWith("https://");
            if (!year && !url) {
                problems.add(id + ": needs a year or an https address");
            }
            if (name.contains(JOIN.trim()) || !names.add(name)) {
                problems.add(id + ": a name must be unique and hold no '" + JOIN.trim() + "'");
            }
            if (SourcesNameGuidelinesTest.namesASeed(name)) {
                problems.add(id + ": names a project file, not a publication");
            }
            if (!cited.contains(name)) {
                problems.add(id + ": no rule or cause cites it");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theHazardLogListsTheSamePublications() {
        Matcher m = Pattern.compile("(?m)^\\| ([a-z0-9-]+) \\| (.+?) \\| .* \\|$").matcher(sectionOfLog("## The publications behind the rules"));
        Map<String, String> inLog = new LinkedHashMap<>();
        while (m.find()) {
            inLog.put(m.group(1), m.group(2));
        }
        Map<String, String> inList = new LinkedHashMap<>();
        publications().forEach((id, o) -> inList.put(id, o.get("name").getAsString()));
        assertEquals(inList, inLog, "the log's publication table and " + LIST + " differ");
    }

    @Test
    void noTranslationCarriesASourceOfItsOwn() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path dir : List.of(Path.of("assets/triage"), Path.of("assets/causes"))) {
            try (DirectoryStream<Path> overlays = Files.newDirectoryStream(dir, "*.{es,de}.json")) {
                for (Path overlay : overlays) {
                    JsonParser.parseString(read(overlay)).getAsJsonObject().keySet().stream()
                            .filter(k -> k.endsWith(".source") || k.contains(".sources"))
                            .forEach(k -> found.add(overlay.getFileName() + ": " + k));
                }
            }
        }
        assertEquals(List.of(), found, "publication names stay in their own language; a translated source would differ from the list");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Severe pain", "Spinal infection", "NHS: pins and needles", "",
        "NICE NG158: venous thromboembolic diseases (2020); Severe pain", "NICE NG158",
        "NICE NG158: venous thromboembolic diseases (2020);NICE NG12: suspected cancer, recognition and referral (2015)"})
    void theCheckRefusesWhatIsNotAListedPublication(String source) {
        assertFalse(unknownParts(source, knownNames()).isEmpty(), source);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NICE NG158: venous thromboembolic diseases (2020)",
        "Ottawa ankle and foot rules (Stiell et al., 1992/1994); Bachmann et al. 2003, accuracy of the Ottawa ankle rules (BMJ)"})
    void theCheckAcceptsListedPublicationsAloneOrJoined(String source) {
        assertEquals(List.of(), unknownParts(source, knownNames()), source);
    }

    private String sectionOfLog(String heading) {
        String log = read(LOG);
        int start = log.indexOf(heading);
        assertTrue(start >= 0, "the hazard log has a section '" + heading + "'");
        int end = log.indexOf("\n## ", start + heading.length());
        return end < 0 ? log.substring(start) : log.substring(start, end);
    }

    private static String string(JsonObject o, String key) {
        return o.has(key) && o.get(key).isJsonPrimitive() ? o.get(key).getAsString() : "";
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
