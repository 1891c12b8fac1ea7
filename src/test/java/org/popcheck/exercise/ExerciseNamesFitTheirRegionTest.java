package org.popcheck.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.popcheck.body.Region;
import org.popcheck.i18n.Language;
import org.popcheck.i18n.Messages;
import org.popcheck.testsupport.BodyWords;

/**
 * An exercise's name fits every plan it is shown in (a trial saw "Banded foot side steps" in a hip
 * plan): for every exercise, each of its regions and en, es and de, the name names no other region of
 * the body map. The name is one for all plans, the library, the journal and the summary, which know no
 * region, so a name that fits each of its regions fits them all.
 *
 * <p>Only the regions' own nouns count here (ankle, foot, hip, neck, upper and lower back): a name may
 * say what the movement uses ("Knee rolls", "Heel raise", "Shoulder-blade squeeze"). A muscle or an
 * exercise named after another region ("Hip flexor stretch" in a back plan, "Short foot" in an ankle
 * plan) keeps its name, and then the purpose shown for the plan's region must name that region, so the
 * person reads why it is there.
 *
 * <p>Steps, tips and stop signs are not held to one region: they describe the one movement and what it
 * loads, true in every plan ("feet hip-width apart", "stop if your ankle rolls over").
 */
class ExerciseNamesFitTheirRegionTest {

    /** Per language: words that contain a region's noun but do not name a region ("de pie" = standing, "Vierfüßler" = on all fours). */
    private static final Map<Language, Pattern> NOT_A_REGION = Map.of(
            Language.EN, Pattern.compile("(?!)"),
            Language.ES, Pattern.compile("\\bde pie\\b"),
            Language.DE, Pattern.compile("vierfu(ß|ss)ler\\w*"));

    /** Per language: muscles and exercises named after a region, which keep their names in another region's plan. */
    private static final Map<Language, Pattern> NAMED_AFTER_A_REGION = Map.of(
            Language.EN, Pattern.compile("\\bhip flexors?\\b|\\bshort[- ]foot\\b"),
            Language.ES, Pattern.compile("\\bflexor(es)? de la cadera\\b|\\bpie corto\\b"),
            Language.DE, Pattern.compile("huftbeuger\\w*|\\bkurze[rn]? fu(ß|ss)\\b"));

    /** Spine words that name no one part of the spine: any spine region may use them. */
    private static final Map<Language, Pattern> SPINE = Map.of(
            Language.EN, Pattern.compile("\\bback\\b|\\bspine\\b|\\bspinal\\b"),
            Language.ES, Pattern.compile("\\bespalda\\b|\\bcolumna\\b"),
            Language.DE, Pattern.compile("rucken|wirbel"));

    /** Per language and region: the nouns that name it (lower case, accents removed; German inside compounds too). */
    private static final Map<Language, Map<Region, Pattern>> NOUNS = Map.of(
            Language.EN, nouns("\\bankles?\\b", "\\bfoot\\b|\\bfeet\\b", "\\bhips?\\b", "\\bneck\\b",
                    "\\bupper[- ]back\\b|\\bmid-?back\\b|\\bthoracic\\b", "\\blower back\\b|\\blow[- ]back\\b|\\blumbar\\b"),
            Language.ES, nouns("\\btobillos?\\b", "\\bpies?\\b", "\\bcaderas?\\b", "\\bcuello\\b|\\bcervical(es)?\\b",
                    "\\bespalda alta\\b|\\bparte (alta|superior|media) de la espalda\\b|\\bdorsal(es)?\\b",
                    "\\bespalda baja\\b|\\bparte baja de la espalda\\b|\\blumbar(es)?\\b"),
            Language.DE, nouns("sprunggelenk", "fu(ß|ss)", "huft", "nacken|\\bhals",
                    "\\bobere[nmrs]? rucken|brustwirbel", "\\buntere[nmrs]? rucken|lenden|\\bkreuz\\b"));

    private static Map<Region, Pattern> nouns(String ankle, String foot, String hip, String neck, String upper, String lower) {
        Map<Region, Pattern> out = new EnumMap<>(Region.class);
        out.put(Region.ANKLE, Pattern.compile(ankle));
        out.put(Region.FOOT, Pattern.compile(foot));
        out.put(Region.HIP, Pattern.compile(hip));
        out.put(Region.SPINE_NECK, Pattern.compile(neck));
        out.put(Region.SPINE_UPPER, Pattern.compile(upper));
        out.put(Region.SPINE_LOWER, Pattern.compile(lower));
        return out;
    }

    private static String plain(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** What names no one part of the spine ("back" alone): any spine region may say it. */
    private static final String THE_SPINE = "the spine";

    /**
     * The regions {@code text} names, in {@code language}, by id, and {@link #THE_SPINE} for a spine word
     * that names no one part of it; words in {@code blanked} are left out first.
     */
    static Set<String> regionsNamed(Language language, String text, Pattern... blanked) {
        String plain = NOT_A_REGION.get(language).matcher(plain(text)).replaceAll(" ");
        for (Pattern p : blanked) {
            plain = p.matcher(plain).replaceAll(" ");
        }
        Set<String> out = new java.util.TreeSet<>();
        for (Map.Entry<Region, Pattern> e : NOUNS.get(language).entrySet()) {
            if (e.getValue().matcher(plain).find()) {
                out.add(e.getKey().id());
            }
        }
        String withoutParts = plain;
        for (Region spinal : List.of(Region.SPINE_UPPER, Region.SPINE_LOWER)) {
            withoutParts = NOUNS.get(language).get(spinal).matcher(withoutParts).replaceAll(" ");
        }
        if (SPINE.get(language).matcher(withoutParts).find()) {
            out.add(THE_SPINE);
        }
        return out;
    }

    /** The regions {@code shownFor} may name: itself, and for a spine region the spine as a whole. */
    private static Set<String> mayName(Region shownFor) {
        return shownFor.isSpine() ? Set.of(shownFor.id(), THE_SPINE) : Set.of(shownFor.id());
    }

    @AfterEach
    void backToEnglish() {
        Messages.setLanguage(Language.EN);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyExerciseNameNamesNoOtherRegionThanTheOneShown(Language language) {
        Messages.setLanguage(language);
        List<String> wrong = new ArrayList<>();
        int read = 0;
        for (Exercise x : ExerciseCatalog.standard().all()) {
            for (Region region : x.regions()) {
                read++;
                Set<String> foreign = regionsNamed(language, x.name(), NAMED_AFTER_A_REGION.get(language));
                foreign.removeAll(mayName(region));
                if (!foreign.isEmpty()) {
                    wrong.add(x.id() + " in a " + region.id() + " plan names " + foreign + ": \"" + x.name() + "\"");
                }
            }
        }
        assertTrue(read > 50, "exercise and region pairs read: " + read);
        assertEquals(List.of(), wrong, "exercise names that name another region than the plan's (" + language + ")");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aNameAfterAnotherRegionComesWithAPurposeThatSaysWhyItIsInThisPlan(Language language) {
        Messages.setLanguage(language);
        List<String> wrong = new ArrayList<>();
        int named = 0;
        for (Exercise x : ExerciseCatalog.standard().all()) {
            for (Region region : x.regions()) {
                Set<String> after = regionsNamed(language, x.name());
                after.removeAll(mayName(region));
                if (after.isEmpty()) {
                    continue;
                }
                named++;
                String purpose = x.purpose(EnumSet.of(region));
                if (!BodyWords.named(language, purpose).contains(ownPart(region))) {
                    wrong.add(x.id() + " in a " + region.id() + " plan: \"" + x.name() + "\", and its purpose does not name the "
                            + region.id() + ": " + purpose);
                }
            }
        }
        assertTrue(named >= 3, "names after another region read: " + named);
        assertEquals(List.of(), wrong, "names after another region with no word of why (" + language + ")");
    }

    private static BodyWords.Part ownPart(Region region) {
        return switch (region) {
            case ANKLE -> BodyWords.Part.ANKLE;
            case FOOT -> BodyWords.Part.FOOT;
            case HIP -> BodyWords.Part.HIP;
            case SPINE_NECK -> BodyWords.Part.NECK;
            case SPINE_UPPER -> BodyWords.Part.UPPER_BACK;
            case SPINE_LOWER -> BodyWords.Part.LOWER_BACK;
        };
    }

    /** The yardstick itself finds what the trial saw, and lets through what fits. */
    @Test
    void theYardstickSeesARegionInANameInEachLanguage() {
        assertEquals(Set.of("foot"), regionsNamed(Language.EN, "Banded foot side steps"));
        assertEquals(Set.of("foot"), regionsNamed(Language.ES, "Pasos laterales con banda en los pies"));
        assertEquals(Set.of("foot"), regionsNamed(Language.DE, "Seitschritte mit Band um die Füße"));
        assertEquals(Set.of("foot"), regionsNamed(Language.DE, "Fußkreisen"));
        assertEquals(Set.of("ankle"), regionsNamed(Language.EN, "Band ankle turn-out"));
        assertEquals(Set.of("hip"), regionsNamed(Language.ES, "Extensión de cadera de pie"), "de pie is standing");
        assertEquals(Set.of("hip"), regionsNamed(Language.DE, "Hüftstreckung im Stehen"));
        assertEquals(Set.of("spine_upper"), regionsNamed(Language.EN, "Seated upper-back extension"));
        assertEquals(Set.of(THE_SPINE), regionsNamed(Language.EN, "Standing back bend"));
        assertEquals(Set.of("spine_lower"), regionsNamed(Language.DE, "Dehnung des unteren Rückens"));
        assertTrue(regionsNamed(Language.EN, "Hip flexor stretch", NAMED_AFTER_A_REGION.get(Language.EN)).isEmpty());
        assertTrue(regionsNamed(Language.DE, "Vierfüßlerstand diagonal").isEmpty(), "on all fours");
        assertTrue(regionsNamed(Language.EN, "Knee rolls").isEmpty(), "what the movement uses is no region");
        assertFalse(regionsNamed(Language.ES, "Estiramiento del flexor de la cadera").isEmpty(), "named after the hip");
    }
}
