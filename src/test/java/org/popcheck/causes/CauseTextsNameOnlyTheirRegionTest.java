package org.popcheck.causes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.popcheck.body.Region;
import org.popcheck.exercise.Exercise;
import org.popcheck.exercise.ExerciseCatalog;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.testsupport.BodyWords;
import org.popcheck.testsupport.BodyWords.Part;

/**
 * A cause shown for one region speaks of that region only (a new-user trial saw heel-pain advice and a
 * heel-pain source on a hip check). For every cause, every region it can be shown for and every
 * language, the texts a person sees (name, explanation, what helps, when to worry, why each exercise
 * that fits the region is there) name no body part outside that region, and every source is a
 * publication about that region or about joints in general. The general texts, shown when a check
 * covers several of the cause's regions, may name only what all those regions share.
 *
 * <p>Body words come in groups ({@link Part}); a region allows some groups. A few words look like body
 * words but are not here: a muscle's name ("hip flexor", which works on the lower back too) and
 * Spanish "de pie" ("standing"). English "back" is always the back: write "into place again", not
 * "springs back", in texts another region can show.
 */
class CauseTextsNameOnlyTheirRegionTest {

    private static final Path SOURCES = Path.of("assets/triage/sources.json");

    @AfterEach
    void backToEnglish() {
        Messages.setLanguage(Language.EN);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyCauseShownForOneRegionNamesOnlyThatRegion(Language language) {
        Messages.setLanguage(language);
        CauseBook book = CauseBook.standard();
        ExerciseCatalog exercises = ExerciseCatalog.standard();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Cause cause : book.causes()) {
            for (Region region : showable(cause)) {
                Set<Region> one = EnumSet.of(region);
                for (String text : shownTexts(cause, one, exercises)) {
                    checked++;
                    BodyWords.report(wrong, cause.id() + " at " + region.id(), language, text, BodyWords.ALLOWED.get(region));
                }
            }
        }
        assertTrue(checked > 100, "read the texts: " + checked);
        assertEquals(List.of(), wrong, "cause texts that name another body region than the one checked (" + language + ")");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theGeneralTextsNameOnlyWhatAllTheirRegionsShare(Language language) {
        Messages.setLanguage(language);
        ExerciseCatalog exercises = ExerciseCatalog.standard();
        List<String> wrong = new ArrayList<>();
        for (Cause cause : CauseBook.standard().causes()) {
            Set<Region> all = showable(cause);
            Set<Part> shared = BodyWords.shared(all);
            for (String text : List.of(cause.name(), cause.explanation(all), cause.helps(all), cause.concern(all))) {
                BodyWords.report(wrong, cause.id() + " in general", language, text, shared);
            }
            // A general why is shown when its exercise serves several checked regions at once.
            for (CauseExercise ce : cause.exercises()) {
                Set<Region> serves = EnumSet.copyOf(exercises.find(ce.exerciseId()).orElseThrow().regions());
                serves.retainAll(all);
                if (serves.size() > 1) {
                    BodyWords.report(wrong, cause.id() + ", why of " + ce.exerciseId() + " in general", language, cause.why(ce, serves), BodyWords.shared(serves));
                }
            }
        }
        assertEquals(List.of(), wrong, "general cause texts that name a body part not all their regions share (" + language + ")");
    }

    @Test
    void everySourceShownForARegionIsAboutThatRegionOrAboutJointsInGeneral() throws IOException {
        Map<String, Set<Region>> about = publicationRegions();
        List<String> wrong = new ArrayList<>();
        for (Cause cause : CauseBook.standard().causes()) {
            for (Region region : showable(cause)) {
                for (String source : cause.sources(EnumSet.of(region))) {
                    Set<Region> covers = about.get(source);
                    if (covers == null) {
                        wrong.add(cause.id() + " at " + region.id() + ": '" + source + "' is not in " + SOURCES + " with its \"regions\"");
                    } else if (!covers.isEmpty() && !covers.contains(region)) {
                        wrong.add(cause.id() + " at " + region.id() + ": '" + source + "' is about " + covers);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aCheckOfSeveralRegionsShowsTheGeneralTextAndEachRegionsSources() {
        Cause spur = CauseBook.standard().find("bone_spur").orElseThrow();
        Set<Region> both = EnumSet.of(Region.HIP, Region.FOOT);
        assertEquals(spur.explanation(Set.of()), spur.explanation(both));
        List<String> sources = spur.sources(both);
        assertTrue(sources.containsAll(spur.sources(EnumSet.of(Region.HIP))), sources.toString());
        assertTrue(sources.containsAll(spur.sources(EnumSet.of(Region.FOOT))), sources.toString());
        assertEquals(new LinkedHashSet<>(sources).size(), sources.size(), "each publication once: " + sources);
    }

    /**
     * Through the ranker, as the result screen, the command line and the journal get them: in every
     * case of src/test/resources/causes/cases.json (one region checked each), each ranked cause speaks
     * of the checked region only, and its sources are that region's.
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void rankedCausesSpeakOfTheCheckedRegion(Language language) throws IOException {
        Messages.setLanguage(language);
        Map<String, Set<Region>> about = publicationRegions();
        CauseRanker ranker = new CauseRanker(CauseBook.standard());
        List<String> wrong = new ArrayList<>();
        int shown = 0;
        for (CauseCase c : CauseCase.load()) {
            Set<Region> checked = EnumSet.noneOf(Region.class);
            c.assessment().sites().forEach(site -> checked.add(site.region()));
            Set<Part> allowed = EnumSet.noneOf(Part.class);
            checked.forEach(r -> allowed.addAll(BodyWords.ALLOWED.get(r)));
            for (RankedCause r : ranker.rank(c.assessment())) {
                shown++;
                for (String text : List.of(r.explanation(), r.helps(), r.concern())) {
                    BodyWords.report(wrong, c.name() + ": " + r.cause().id(), language, text, allowed);
                }
                for (String source : r.sources()) {
                    Set<Region> covers = about.get(source);
                    if (covers == null || (!covers.isEmpty() && java.util.Collections.disjoint(covers, checked))) {
                        wrong.add(c.name() + ": " + r.cause().id() + " cites '" + source + "'");
                    }
                }
            }
        }
        assertTrue(shown > 30, "ranked causes: " + shown);
        assertEquals(List.of(), wrong);
    }

    @Test
    void theTrialsHipBoneSpurNoLongerShowsHeelAdviceOrAHeelSource() {
        Messages.setLanguage(Language.EN);
        CauseCase hip = CauseCase.load().stream().filter(c -> c.name().startsWith("hip pop at one spot")).findFirst().orElseThrow();
        RankedCause spur = new CauseRanker(CauseBook.standard()).rank(hip.assessment()).get(0);
        assertEquals("bone_spur", spur.cause().id());
        assertTrue(spur.explanation().contains("hip"), spur.explanation());
        String all = spur.explanation() + spur.helps() + spur.concern() + spur.source();
        for (String foreign : List.of("heel", "foot", "ankle", "sole", "JOSPT")) {
            assertTrue(!all.contains(foreign), foreign + " in: " + all);
        }
    }

    /** The word lists themselves find what they should and leave ordinary words alone. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN|Heel pain guidance advises slow loading.|FOOT",
        "EN|The lower back curves more.|SPINE LOWER_BACK",
        "EN|Tight hip flexors tip the pelvis.|PELVIS",
        "EN|The tendon snaps into place again.|",
        "EN|Pain that spreads down an arm or a leg.|ARM LEG",
        "ES|Duele al ponerse de pie.|",
        "ES|Dolor en la planta del pie y el talón.|FOOT",
        "ES|Los flexores de la cadera acortados.|",
        "ES|La parte baja de la espalda se arquea.|SPINE LOWER_BACK",
        "DE|Schmerzen an der Fußsohle und Ferse.|FOOT",
        "DE|Verkürzte Hüftbeuger kippen das Becken.|PELVIS",
        "DE|Die Lendenwirbelsäule und der Rücken.|SPINE LOWER_BACK",
        "DE|Das Knie und die Wade.|LEG KNEE",
        "DE|Drücken Sie die Sehne zurück.|"})
    void theWordListsFindBodyPartsAndOnlyThem(Language language, String text, String parts) {
        Set<Part> expected = EnumSet.noneOf(Part.class);
        if (parts != null) {
            for (String p : parts.split(" ")) {
                expected.add(Part.valueOf(p));
            }
        }
        assertEquals(expected, BodyWords.named(language, text), text);
    }

    /** The regions a cause can be shown for: its own, or every region for a cause of any region. */
    static Set<Region> showable(Cause cause) {
        return cause.regions().isEmpty() ? EnumSet.allOf(Region.class) : EnumSet.copyOf(cause.regions());
    }

    /** Every text a person sees of this cause when these regions were checked. */
    static List<String> shownTexts(Cause cause, Set<Region> regions, ExerciseCatalog exercises) {
        List<String> out = new ArrayList<>(List.of(cause.name(), cause.explanation(regions), cause.helps(regions), cause.concern(regions)));
        RankedCause shown = new RankedCause(cause, Likelihood.POSSIBLE, 3, List.of(), regions);
        for (CauseExercise ce : cause.exercises()) {
            Exercise x = exercises.find(ce.exerciseId()).orElseThrow();
            if (x.regions().stream().anyMatch(regions::contains)) {
                out.add(shown.why(ce, x.regions()));
            }
        }
        return out;
    }

    /**
     * Publication name -> the regions it is about ({@code "regions": [ids]}), empty for one about joints in
     * general ({@code "regions": "any"}); a publication without "regions" is left out, so a cause that
     * cites it fails: whoever adds a source says what it is about.
     */
    private static Map<String, Set<Region>> publicationRegions() throws IOException {
        JsonObject root = JsonParser.parseString(Files.readString(SOURCES, StandardCharsets.UTF_8)).getAsJsonObject();
        Map<String, Set<Region>> out = new java.util.HashMap<>();
        for (JsonElement e : root.getAsJsonArray("publications")) {
            JsonObject o = e.getAsJsonObject();
            Set<Region> regions = EnumSet.noneOf(Region.class);
            if (!o.has("regions")) {
                continue;
            }
            if (o.get("regions").isJsonArray()) {
                for (JsonElement r : o.getAsJsonArray("regions")) {
                    regions.add(Region.fromId(r.getAsString()).orElseThrow(
                            () -> new AssertionError(o.get("id") + ": unknown region '" + r.getAsString() + "' in " + SOURCES)));
                }
            } else if (!"any".equals(o.get("regions").getAsString())) {
                throw new AssertionError(o.get("id") + ": \"regions\" must be a list of region ids or \"any\"");
            }
            out.put(o.get("name").getAsString(), regions);
        }
        return out;
    }

}
