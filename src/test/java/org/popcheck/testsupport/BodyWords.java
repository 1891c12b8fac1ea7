package org.popcheck.testsupport;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.popcheck.body.Region;
import org.popcheck.i18n.Language;

/**
 * Body words per language, in groups, and which groups a text about each region may name: the
 * yardstick of the tests that keep cause and exercise texts to the region shown (a trial saw heel
 * advice on a hip check, and "the sense of where your ankle is" in a hip plan).
 *
 * <p>A few words look like body words but are not here: a muscle's name ("hip flexor", which works on
 * the lower back too) and Spanish "de pie" ("standing"). English "back" is always the back: write
 * "into place again", not "springs back", in texts another region can show.
 */
public final class BodyWords {

    private BodyWords() {}

    /** Groups of body words. */
    public enum Part { ANKLE, FOOT, HIP, PELVIS, LEG, SPINE, NECK, UPPER_BACK, LOWER_BACK, ARM, KNEE }

    /**
     * What each region may name: its own part and the limb or trunk it sits in (an ankle text may say
     * "leg", a neck text "arm" for pain that spreads there), never another region.
     */
    public static final Map<Region, Set<Part>> ALLOWED = new EnumMap<>(Map.of(
            Region.ANKLE, EnumSet.of(Part.ANKLE, Part.LEG),
            Region.FOOT, EnumSet.of(Part.FOOT, Part.LEG),
            Region.HIP, EnumSet.of(Part.HIP, Part.PELVIS, Part.LEG),
            Region.SPINE_NECK, EnumSet.of(Part.SPINE, Part.NECK, Part.ARM),
            Region.SPINE_UPPER, EnumSet.of(Part.SPINE, Part.UPPER_BACK, Part.ARM),
            Region.SPINE_LOWER, EnumSet.of(Part.SPINE, Part.LOWER_BACK, Part.PELVIS, Part.LEG)));

    /** Per language: words that are not body parts though they contain one, blanked out first. */
    public static final Map<Language, Pattern> NOT_A_BODY_PART = Map.of(
            Language.EN, Pattern.compile("\\bhip flexors?\\b"),
            Language.ES, Pattern.compile("\\bflexor(es)? de la cadera\\b|\\bde pie\\b"),
            Language.DE, Pattern.compile("huftbeuger\\w*"));

    /** Per language and part, the words (lower case, accents removed; German words inside compounds too). */
    public static final Map<Language, Map<Part, Pattern>> WORDS = Map.of(
            Language.EN, words(
                    Part.ANKLE, "\\bankles?\\b|\\bmalleol",
                    Part.FOOT, "\\bfoot\\b|\\bfeet\\b|\\bheels?\\b|\\btoes?\\b|\\bsoles?\\b|\\barch(es)?\\b|\\binstep|\\bplantar\\b",
                    Part.HIP, "\\bhips?\\b|\\bgroin",
                    Part.PELVIS, "\\bpelvi(s|c)\\b|\\bbuttocks?\\b|\\bglutes?\\b|\\bgluteal\\b",
                    Part.LEG, "\\blegs?\\b|\\bthighs?\\b|\\bcalf\\b|\\bcalves\\b|\\bshins?\\b",
                    Part.SPINE, "\\bspin(e|al)\\b|\\bvertebra(e|l)?\\b|\\bback\\b|\\btrunk\\b",
                    Part.NECK, "\\bneck\\b|\\bcervical\\b",
                    Part.UPPER_BACK, "\\bupper back\\b|\\bmid-?back\\b|\\bmiddle of the back\\b|\\bthoracic\\b|\\bshoulder blades?\\b",
                    Part.LOWER_BACK, "\\blower back\\b|\\blow[- ]back\\b|\\blumbar\\b|\\bsacr(um|al)\\b",
                    Part.ARM, "\\barms?\\b|\\bshoulders?\\b|\\belbows?\\b|\\bwrists?\\b|\\bhands?\\b|\\bfingers?\\b",
                    Part.KNEE, "\\bknees?\\b|\\bkneecaps?\\b"),
            Language.ES, words(
                    Part.ANKLE, "\\btobillos?\\b|\\bmaleolos?\\b",
                    Part.FOOT, "\\bpies?\\b|\\btalon(es)?\\b|\\bplantas?\\b|\\barco del pie|\\bempeine",
                    Part.HIP, "\\bcaderas?\\b|\\bingles?\\b",
                    Part.PELVIS, "\\bpelvis\\b|\\bpelvic[oa]s?\\b|\\bgluteos?\\b|\\bnalgas?\\b",
                    Part.LEG, "\\bpiernas?\\b|\\bmuslos?\\b|\\bpantorrillas?\\b|\\bgemelos?\\b|\\bespinillas?\\b",
                    Part.SPINE, "\\bcolumna\\b|\\bvertebra(s|l|les)?\\b|\\bespalda\\b|\\btronco\\b",
                    Part.NECK, "\\bcuello\\b|\\bcervical(es)?\\b",
                    Part.UPPER_BACK, "\\bparte (alta|superior|media) de la espalda\\b|\\btoracic[ao]s?\\b|\\bescapulas?\\b|\\bomoplatos?\\b",
                    Part.LOWER_BACK, "\\bparte baja de la espalda\\b|\\blumbar(es)?\\b|\\bsacro\\b",
                    Part.ARM, "\\bbrazos?\\b|\\bhombros?\\b|\\bcodos?\\b|\\bmunecas?\\b|\\bmanos?\\b",
                    Part.KNEE, "\\brodillas?\\b"),
            Language.DE, words(
                    Part.ANKLE, "sprunggelenk|knochel",
                    Part.FOOT, "fu(ß|ss)|ferse|zeh|sohle|\\bspann\\b|gewolbe",
                    Part.HIP, "huft|\\bleiste\\b|leistengegend|leistenbereich",
                    Part.PELVIS, "becken|gesa(ß|ss)|gluteal",
                    Part.LEG, "\\bbein(e|en|s)?\\b|schenkel|\\bwade|schienbein",
                    Part.SPINE, "wirbel|\\brucken|\\brumpf",
                    Part.NECK, "\\bnacken|\\bhals",
                    Part.UPPER_BACK, "\\bobere[nmr]? rucken|brustwirbel|schulterblatt",
                    Part.LOWER_BACK, "\\buntere[nmr]? rucken|lenden|\\bkreuz\\b|stei(ß|ss)",
                    Part.ARM, "\\barm(e|en)?\\b|schulter|ellbogen|handgelenk|\\bhand\\b|\\bhande|finger",
                    Part.KNEE, "knie"));

    /** Adds "{@code where} names [parts]: text" to {@code wrong} when {@code text} names a group outside {@code allowed}. */
    public static void report(java.util.List<String> wrong, String where, Language language, String text, Set<Part> allowed) {
        Set<Part> foreign = named(language, text);
        foreign.removeAll(allowed);
        if (!foreign.isEmpty()) {
            wrong.add(where + " names " + foreign + ": " + text);
        }
    }

    /** The body-word groups a text names. */
    public static Set<Part> named(Language language, String text) {
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        plain = NOT_A_BODY_PART.get(language).matcher(plain).replaceAll(" ");
        Set<Part> out = EnumSet.noneOf(Part.class);
        for (Map.Entry<Part, Pattern> e : WORDS.get(language).entrySet()) {
            Matcher m = e.getValue().matcher(plain);
            if (m.find()) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** The groups every one of {@code regions} allows: what a text shown for all of them may name. */
    public static Set<Part> shared(Set<Region> regions) {
        Set<Part> out = EnumSet.allOf(Part.class);
        regions.forEach(r -> out.retainAll(ALLOWED.get(r)));
        return out;
    }

    private static Map<Part, Pattern> words(Object... partAndRegex) {
        Map<Part, Pattern> out = new EnumMap<>(Part.class);
        for (int i = 0; i < partAndRegex.length; i += 2) {
            out.put((Part) partAndRegex[i], Pattern.compile((String) partAndRegex[i + 1]));
        }
        return out;
    }
}
