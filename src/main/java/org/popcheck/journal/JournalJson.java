package org.popcheck.journal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.Strictness;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.popcheck.assessment.Assessment;
import org.popcheck.assessment.AssessmentJson;
import org.popcheck.assessment.InvalidAssessmentException;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.FactDefinition;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;
import org.popcheck.triage.Level;

/**
 * Reads and writes {@code journal.json} with Gson's streaming API: no reflection, exact ISO-8601
 * times with their offsets, and every problem reported with its line and column. The saved
 * assessment is written and checked by {@link AssessmentJson}, in the contract shape of spec/assessment.md.
 */
public final class JournalJson {

    /**
     * The version this build writes. A file with a larger number comes from a newer PopCheck. 2: an
     * exercise keeps which stop signs were noticed ({@code stop_signs}, ids) instead of {@code stop_sign: true},
     * which version 1 files still read as "a sign, which one not recorded"; a PopCheck that knows only
     * version 1 opens a version 2 file read-only rather than refusing or writing over it. 3: a saved check
     * says who made it ({@code "source": "wizard"} or {@code "safety_net"}); in older files it is read as
     * before, from the entry's ticked signs (see {@link PartialSaved#complete}), and a PopCheck that knows
     * only version 2 opens a version 3 file read-only.
     */
    public static final int SCHEMA_VERSION = 3;

    private static final Pattern LOCATION = Pattern.compile("line (\\d+) column (\\d+)");

    private static final Gson TREE_WRITER = new GsonBuilder().disableHtmlEscaping().create();
    private static final Map<String, Region> REGIONS = new HashMap<>();
    private static final Map<String, Side> SIDES = new HashMap<>();

    static {
        for (Region r : Region.values()) {
            REGIONS.put(r.id(), r);
        }
        for (Side s : Side.values()) {
            SIDES.put(s.id(), s);
        }
    }

    private final FactCatalog facts;
    private final AssessmentJson assessments;
    /** The options of the three facts every entry may name, looked up once rather than for every value read. */
    private final List<String> soundOptions;
    private final List<String> frequencyOptions;
    private final List<String> triggerOptions;
    /**
     * Every list of one or two triggers, made once: most entries name one or two, and 100,000
     * entries each with a list of its own held 2.4 MB of equal lists.
     */
    private final List<List<String>> oneTrigger;
    private final List<List<String>> twoTriggers;

    /** One instance per site, shared by every entry read (a journal of ten years holds a few dozen, not 100,000). */
    private static final Map<Region, Map<Side, BodySite>> SITES = new EnumMap<>(Region.class);

    static {
        for (Region region : Region.values()) {
            Map<Side, BodySite> sides = new EnumMap<>(Side.class);
            region.allowedSides().forEach(side -> sides.put(side, new BodySite(region, side)));
            SITES.put(region, sides);
        }
    }

    public JournalJson(FactCatalog facts) {
        this.facts = facts;
        this.assessments = new AssessmentJson(facts);
        this.soundOptions = catalogOptions("sound");
        this.frequencyOptions = catalogOptions("frequency");
        this.triggerOptions = catalogOptions("trigger");
        int n = triggerOptions.size();
        List<List<String>> ones = new ArrayList<>(n);
        List<List<String>> twos = new ArrayList<>(n * n);
        for (String first : triggerOptions) {
            ones.add(List.of(first));
            for (String second : triggerOptions) {
                twos.add(List.of(first, second));
            }
        }
        this.oneTrigger = List.copyOf(ones);
        this.twoTriggers = List.copyOf(twos);
    }

    public static JournalJson standard() {
        return new JournalJson(FactCatalog.standard());
    }

    // ---------------------------------------------------------------- writing

    public void write(List<JournalEntry> entries, Writer out) throws IOException {
        JsonWriter w = new JsonWriter(out);
        w.setIndent(" ");
        w.beginObject();
        w.name("schemaVersion").value(SCHEMA_VERSION);
        w.name("entries").beginArray();
        for (JournalEntry e : entries) {
            writeEntry(e, w);
        }
        w.endArray();
        w.endObject();
        w.flush();
    }

    private void writeEntry(JournalEntry e, JsonWriter w) throws IOException {
        w.beginObject();
        w.name("id").value(e.id());
        w.name("at").value(IsoTime.format(e.at()));
        if (e.site() != null) {
            w.name("region").value(e.site().region().id());
            w.name("side").value(e.site().side().id());
        }
        if (e.sound() != null) {
            w.name("sound").value(e.sound());
        }
        if (e.frequency() != null) {
            w.name("frequency").value(e.frequency());
        }
        if (e.pain() != null) {
            w.name("pain").value(e.pain());
        }
        writeStrings(w, "triggers", e.triggers());
        writeStrings(w, "warning_signs", e.warningSigns());
        if (!e.notes().isEmpty()) {
            w.name("notes").value(e.notes());
        }
        if (e.forClinician()) {
            w.name("for_clinician").value(true);
        }
        if (!e.exercises().isEmpty()) {
            w.name("exercises").beginArray();
            for (ExerciseDone x : e.exercises()) {
                w.beginObject();
                w.name("exercise").value(x.exerciseId());
                w.name("sets").value(x.sets());
                if (x.reps() != null) {
                    w.name("reps").value(x.reps());
                }
                if (x.seconds() != null) {
                    w.name("seconds").value(x.seconds());
                }
                if (x.painDuring() != null) {
                    w.name("pain_during").value(x.painDuring());
                }
                if (x.nextMorning() != null) {
                    w.name("next_morning").value(x.nextMorning().id());
                }
                if (x.stopSign()) {
                    w.name("stop_signs").beginArray();
                    for (String sign : x.stopSigns()) {
                        w.value(sign);
                    }
                    w.endArray();
                }
                w.endObject();
            }
            w.endArray();
        }
        if (e.assessment() != null) {
            SavedAssessment s = e.assessment();
            w.name("assessment").beginObject();
            w.name("assessment");
            TREE_WRITER.toJson(assessments.toTree(s.assessment()), w);
            w.name("level").value(s.level().id());
            writeStrings(w, "rules", s.ruleIds());
            writeCauses(w, s.causes());
            if (s.ageAssumed()) {
                w.name("age_assumed").value(true);
            }
            w.name("source").value(s.source().id());
            w.endObject();
        }
        w.endObject();
    }

    private static void writeStrings(JsonWriter w, String name, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        w.name(name).beginArray();
        for (String v : values) {
            w.value(v);
        }
        w.endArray();
    }

    // ---------------------------------------------------------------- reading

    /** Opens the text of a journal again: a file whose fields come in another order is read twice. */
    @FunctionalInterface
    interface Source {
        Reader open() throws IOException;
    }

    /**
     * Reads a whole journal. Every malformed, wrongly shaped or out-of-range input gives a
     * {@link JournalFormatException} naming the problem and its place; nothing else escapes.
     */
    public JournalFile read(Reader in) throws JournalFormatException {
        StringBuilder text = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n; (n = in.read(buf)) > 0; ) {
                text.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new JournalFormatException("the text could not be read to the end", 1, 1);
        }
        return readIndexed(text.toString()).file();
    }

    /** As {@link #read(Reader)}, for a journal held as text. */
    Indexed readIndexed(String text) throws JournalFormatException {
        try {
            return readIndexed(() -> new StringReader(text), text.length());
        } catch (JournalFormatException e) {
            throw e;
        } catch (IOException cannotHappen) {
            throw new JournalFormatException("the text could not be read", 1, 1);
        }
    }

    /**
     * A file as read, with the index by id that the check for twice-used ids built on the way (null
     * for a file of a newer version, whose entries are not checked that way). The store keeps the
     * index rather than building a second one of the same ids.
     */
    record Indexed(JournalFile file, HashMap<String, JournalEntry> byId) {}

    /**
     * Reads a journal strictly: standard JSON only (no comments, single quotes, TRUE, NaN or raw
     * control characters; no half characters), no name twice in one object, whole numbers only
     * where whole numbers belong. The fields may come in any order; when {@code entries} comes
     * before {@code schemaVersion} (as {@code jq -S} sorts them) the text is read a second time,
     * because how entries are read depends on the version. {@code sizeHint} is the length in bytes
     * (0 when unknown), so the id index is made large enough once.
     *
     * @throws JournalFormatException the problem in plain words, with its line and column
     * @throws java.nio.charset.CharacterCodingException the text is not UTF-8; the caller can say where
     * @throws IOException the source could not be read
     */
    Indexed readIndexed(Source source, long sizeHint) throws IOException {
        Pass first = pass(source, sizeHint, null);
        if (first.indexed() != null) {
            return first.indexed();
        }
        return pass(source, sizeHint, first.version()).indexed();
    }

    /** One reading: either the file, or (entries before the version) the version for a second reading. */
    private record Pass(Indexed indexed, Integer version) {}

    private Pass pass(Source source, long sizeHint, Integer knownVersion) throws IOException {
        try (Reader in = source.open()) {
            JsonReader r = new JsonReader(withoutByteOrderMark(in));
            r.setStrictness(Strictness.STRICT);
            try {
                return readFile(r, sizeHint, knownVersion);
            } catch (JournalFormatException | CharacterCodingException e) {
                throw e;
            } catch (MalformedJsonException | EOFException e) {
                throw located(r, plain(e.getMessage()));
            } catch (IOException | RuntimeException e) {
                // Gson signals some syntax errors with IllegalStateException or NumberFormatException.
                throw located(r, plain(e.getMessage()));
            } catch (StackOverflowError e) {
                throw located(r, "the file is nested too deeply");
            }
        }
    }

    /** Some editors start UTF-8 files with a byte order mark; it is not part of the JSON (as for assessments). */
    private static Reader withoutByteOrderMark(Reader in) throws IOException {
        PushbackReader pushback = new PushbackReader(in, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    private Pass readFile(JsonReader r, long sizeHint, Integer knownVersion) throws IOException {
        if (r.peek() == JsonToken.END_DOCUMENT) {
            throw located(r, "the file is empty");
        }
        expect(r, JsonToken.BEGIN_OBJECT, "the journal must be a JSON object");
        r.beginObject();
        Integer version = null;
        List<JournalEntry> entries = null;
        HashMap<String, JournalEntry> byId = null;
        int[] hidden = {0};
        boolean sawEntries = false;
        JournalFormatException unknownField = null;
        Set<String> seen = new HashSet<>();
        while (r.hasNext()) {
            String name = r.nextName();
            if (!seen.add(name)) {
                throw located(r, "the field " + PlainText.quote(name) + " is given twice");
            }
            switch (name) {
                case "schemaVersion" -> version = readInt(r, "schemaVersion", 1, Integer.MAX_VALUE);
                case "entries" -> {
                    sawEntries = true;
                    Integer v = version != null ? version : knownVersion;
                    if (v == null) {
                        // Read in the second pass, strictly, once the version is known; here only passed over
                        // (without building a tree of a whole journal).
                        r.skipValue();
                    } else if (v > SCHEMA_VERSION) {
                        entries = readNewerEntries(r, hidden);
                    } else {
                        byId = indexFor(sizeHint);
                        entries = readEntries(r, byId);
                    }
                }
                default -> {
                    // Unknown to this version: fine in a newer file, refused in one of this version.
                    if (unknownField == null) {
                        unknownField = located(r, "unknown field " + PlainText.quote(name));
                    }
                    org.popcheck.json.StrictTree.read(r, REFUSALS);
                }
            }
        }
        r.endObject();
        if (r.peek() != JsonToken.END_DOCUMENT) {
            throw located(r, "there is more text after the end of the journal");
        }
        if (version == null) {
            throw located(r, "the field \"schemaVersion\" is missing");
        }
        if (version <= SCHEMA_VERSION && unknownField != null) {
            throw unknownField;
        }
        if (!sawEntries) {
            throw located(r, "the field \"entries\" is missing");
        }
        if (entries == null) {
            return new Pass(null, version);
        }
        return new Pass(new Indexed(new JournalFile(version, entries, hidden[0]), byId), null);
    }

    /** Written entries take about 250 bytes; an index sized for 200-byte entries never has to grow. */
    private static HashMap<String, JournalEntry> indexFor(long sizeHint) {
        long expected = Math.min(sizeHint / 200, 1 << 22);
        return new HashMap<>((int) Math.max(16, expected * 4 / 3 + 1));
    }

    private List<JournalEntry> readEntries(JsonReader r, Map<String, JournalEntry> byId) throws IOException {
        expect(r, JsonToken.BEGIN_ARRAY, "\"entries\" must be a list");
        List<JournalEntry> out = new ArrayList<>(Math.max(10, byId.size()));
        r.beginArray();
        while (r.hasNext()) {
            JournalEntry e = readEntry(r);
            if (byId.putIfAbsent(e.id(), e) != null) {
                throw located(r, "the id " + PlainText.quote(e.id()) + " appears twice");
            }
            out.add(e);
        }
        r.endArray();
        return out;
    }

    /**
     * A newer file: each entry is read whole (strictly, names given twice refused), fields this
     * version does not know are set aside, and an entry that still does not read (a value this
     * version does not know, such as a new sound) is left out of what is shown and counted in
     * {@code hidden[0]}. The file itself is never written, so nothing in it is lost.
     */
    private List<JournalEntry> readNewerEntries(JsonReader r, int[] hidden) throws IOException {
        List<JournalEntry> out = new ArrayList<>();
        if (r.peek() != JsonToken.BEGIN_ARRAY) {
            org.popcheck.json.StrictTree.read(r, REFUSALS);
            return out;
        }
        Set<String> ids = new HashSet<>();
        r.beginArray();
        while (r.hasNext()) {
            JsonElement tree = org.popcheck.json.StrictTree.read(r, REFUSALS);
            JournalEntry e = understood(tree);
            if (e != null && ids.add(e.id())) {
                out.add(e);
            } else {
                hidden[0]++;
            }
        }
        r.endArray();
        return out;
    }

    /** The entry as this version understands it, or null when it cannot be shown. */
    private JournalEntry understood(JsonElement tree) {
        if (!tree.isJsonObject()) {
            return null;
        }
        JsonObject known = new JsonObject();
        tree.getAsJsonObject().entrySet().stream()
                .filter(field -> EntryField.of(field.getKey()) != null)
                .forEach(field -> known.add(field.getKey(), field.getValue()));
        JsonReader sub = new JsonReader(new StringReader(TREE_WRITER.toJson(known)));
        sub.setStrictness(Strictness.STRICT);
        try {
            return readEntry(sub);
        } catch (IOException | RuntimeException notForThisVersion) {
            return null;
        }
    }

    private JournalEntry readEntry(JsonReader r) throws IOException {
        expect(r, JsonToken.BEGIN_OBJECT, "each entry must be a JSON object");
        r.beginObject();
        String id = null;
        OffsetDateTime at = null;
        Region region = null;
        Side side = null;
        String sound = null;
        String frequency = null;
        Integer pain = null;
        List<String> triggers = List.of();
        List<String> warnings = List.of();
        String notes = "";
        boolean forClinician = false;
        List<ExerciseDone> exercises = List.of();
        PartialSaved assessment = null;
        int seen = 0; // one bit per field: a field given twice is refused, not overwritten
        while (r.hasNext()) {
            String name = r.nextName();
            EntryField field = EntryField.of(name);
            if (field == null) {
                throw located(r, "unknown field " + PlainText.quote(name) + " in an entry");
            }
            int bit = 1 << field.ordinal();
            if ((seen & bit) != 0) {
                throw located(r, "the field " + PlainText.quote(name) + " is given twice in an entry");
            }
            seen |= bit;
            switch (field) {
                case ID -> {
                    id = readString(r, "id");
                    if (id.isBlank() || id.length() > 100) {
                        throw located(r, "an entry id must be 1 to 100 characters");
                    }
                }
                case AT -> at = readTime(r);
                case REGION -> {
                    String v = readString(r, "region");
                    region = region(v).orElseThrow(() -> located(r, "unknown region " + PlainText.quote(v)));
                }
                case SIDE -> {
                    String v = readString(r, "side");
                    side = side(v).orElseThrow(() -> located(r, "unknown side " + PlainText.quote(v)));
                }
                case SOUND -> sound = readOption(r, "sound");
                case FREQUENCY -> frequency = readOption(r, "frequency");
                case PAIN -> pain = readInt(r, "pain", 0, 10);
                case TRIGGERS -> triggers = readTriggers(r);
                case WARNING_SIGNS -> warnings = readFactIds(r);
                case NOTES -> {
                    notes = readString(r, "notes");
                    if (EntryRules.length(notes) > EntryRules.MAX_NOTES) {
                        throw located(r, "notes are longer than " + JournalEntry.MAX_NOTES + " characters");
                    }
                }
                case FOR_CLINICIAN -> {
                    expect(r, JsonToken.BOOLEAN, "\"for_clinician\" must be true or false");
                    forClinician = r.nextBoolean();
                }
                case EXERCISES -> exercises = readExercises(r);
                case ASSESSMENT -> assessment = readSaved(r);
            }
        }
        r.endObject();
        if (id == null) {
            throw located(r, "an entry has no \"id\"");
        }
        if (at == null) {
            throw located(r, "the entry " + PlainText.quote(id) + " has no time \"at\"");
        }
        if ((region == null) != (side == null)) {
            throw located(r, "the entry " + PlainText.quote(id) + " needs both \"region\" and \"side\", or neither");
        }
        BodySite site = null;
        if (region != null) {
            if (!region.allowedSides().contains(side)) {
                throw located(r, "side \"" + side.id() + "\" does not fit region \"" + region.id() + "\"");
            }
            site = SITES.get(region).get(side);
        }
        return new JournalEntry(id, at, site, sound, frequency, pain, triggers, warnings, notes, forClinician, exercises,
                assessment == null ? null : assessment.complete(warnings));
    }

    /**
     * The fields of an entry. The reader looks each name up here and switches on the constant: a
     * switch on the name itself hashes it, and Gson makes a new string (with no hash yet) for every
     * name it reads, thirteen for each of 100,000 entries. Length and equality decide the lookup.
     */
    private enum EntryField {
        ID("id"), AT("at"), REGION("region"), SIDE("side"), SOUND("sound"), FREQUENCY("frequency"), PAIN("pain"),
        TRIGGERS("triggers"), WARNING_SIGNS("warning_signs"), NOTES("notes"), FOR_CLINICIAN("for_clinician"),
        EXERCISES("exercises"), ASSESSMENT("assessment");

        private static final EntryField[] ALL = values();
        private final String json;

        EntryField(String json) {
            this.json = json;
        }

        /** The field of this name, or null for a name no entry field has. */
        static EntryField of(String name) {
            for (EntryField f : ALL) {
                if (f.json.length() == name.length() && f.json.equals(name)) {
                    return f;
                }
            }
            return null;
        }
    }

    private List<ExerciseDone> readExercises(JsonReader r) throws IOException {
        expect(r, JsonToken.BEGIN_ARRAY, "\"exercises\" must be a list");
        List<ExerciseDone> out = new ArrayList<>();
        r.beginArray();
        while (r.hasNext()) {
            expect(r, JsonToken.BEGIN_OBJECT, "each exercise must be a JSON object");
            r.beginObject();
            String id = null;
            Integer sets = null;
            Integer reps = null;
            Integer seconds = null;
            Integer painDuring = null;
            MorningAfter nextMorning = null;
            boolean stopSign = false;
            List<String> stopSigns = List.of();
            Set<String> names = new HashSet<>();
            while (r.hasNext()) {
                String name = r.nextName();
                if (!names.add(name)) {
                    throw located(r, "the field " + PlainText.quote(name) + " is given twice in an exercise");
                }
                switch (name) {
                    case "exercise" -> id = readString(r, "exercise");
                    case "sets" -> sets = readInt(r, "sets", 0, 1000);
                    case "reps" -> reps = readInt(r, "reps", 0, 10000);
                    case "seconds" -> seconds = readInt(r, "seconds", 0, 86400);
                    case "pain_during" -> painDuring = readInt(r, "pain_during", 0, 10);
                    case "next_morning" -> {
                        String m = readString(r, "next_morning");
                        nextMorning = MorningAfter.fromId(m).orElseThrow(() -> located(r, "unknown next_morning " + PlainText.quote(m)
                                + "; expected settled_soon, settled_by_morning or worse"));
                    }
                    case "stop_sign" -> {
                        expect(r, JsonToken.BOOLEAN, "\"stop_sign\" must be true or false");
                        stopSign = r.nextBoolean();
                    }
                    case "stop_signs" -> {
                        stopSigns = readStrings(r, "stop_signs");
                        if (stopSigns.isEmpty() || stopSigns.stream().anyMatch(g -> !g.matches("[a-z][a-z0-9_]*"))
                                || stopSigns.stream().distinct().count() < stopSigns.size()) {
                            throw located(r, "\"stop_signs\" must list each noticed sign once, by its id (such as \"sharp_pain\")");
                        }
                    }
                    default -> throw located(r, "unknown field " + PlainText.quote(name) + " in an exercise");
                }
            }
            r.endObject();
            if (id == null || id.isBlank() || sets == null) {
                throw located(r, "an exercise needs \"exercise\" and \"sets\"");
            }
            // A version 1 file said only that a sign was noticed, not which: kept as "not said which", never dropped.
            if (stopSigns.isEmpty() && stopSign) {
                stopSigns = List.of(ExerciseDone.NOT_SAID_WHICH);
            }
            out.add(new ExerciseDone(id, sets, reps, seconds, painDuring, nextMorning, stopSigns));
        }
        r.endArray();
        return out;
    }

    /**
     * A saved check as read, before the rest of its entry: a file older than version 3 does not say who
     * made the check ({@code source} null), and that is read from the entry's ticked signs.
     */
    private record PartialSaved(Assessment assessment, Level level, List<String> rules, List<SavedAssessment.SavedCause> causes,
            boolean ageAssumed, SavedAssessment.Source source) {

        /**
         * The check, with who made it. Without a {@code source} (version 1 and 2 files) the rule those
         * versions lived by: only the safety net saved a check beside ticked signs, the wizard saved none.
         */
        SavedAssessment complete(List<String> tickedSigns) {
            SavedAssessment.Source by = source != null ? source
                    : tickedSigns.isEmpty() ? SavedAssessment.Source.WIZARD : SavedAssessment.Source.SAFETY_NET;
            return new SavedAssessment(assessment, level, rules, causes, ageAssumed, by);
        }
    }

    private PartialSaved readSaved(JsonReader r) throws IOException {
        expect(r, JsonToken.BEGIN_OBJECT, "\"assessment\" must be a JSON object");
        r.beginObject();
        Assessment a = null;
        Level level = null;
        List<String> rules = List.of();
        Set<String> names = new HashSet<>();
        List<SavedAssessment.SavedCause> causes = List.of();
        boolean ageAssumed = false;
        SavedAssessment.Source source = null;
        while (r.hasNext()) {
            String name = r.nextName();
            if (!names.add(name)) {
                throw located(r, "the field " + PlainText.quote(name) + " is given twice in a saved assessment");
            }
            switch (name) {
                case "assessment" -> a = readAssessment(r);
                case "level" -> {
                    String v = readString(r, "level");
                    level = Level.fromId(v).orElseThrow(() -> located(r, "unknown level " + PlainText.quote(v)));
                }
                case "rules" -> rules = readStrings(r, "rules");
                case "causes" -> causes = readCauses(r);
                case "age_assumed" -> {
                    expect(r, JsonToken.BOOLEAN, "\"age_assumed\" must be true or false");
                    ageAssumed = r.nextBoolean();
                }
                case "source" -> {
                    String v = readString(r, "source");
                    source = SavedAssessment.Source.fromId(v).orElseThrow(() -> located(r, "unknown source " + PlainText.quote(v)
                            + "; expected wizard or safety_net"));
                }
                default -> throw located(r, "unknown field " + PlainText.quote(name) + " in a saved assessment");
            }
        }
        r.endObject();
        if (a == null || level == null) {
            throw located(r, "a saved assessment needs \"assessment\" and \"level\"");
        }
        return new PartialSaved(a, level, rules, causes, ageAssumed, source);
    }

    /** Optional, since journal version 2 of the causes (issue 14): [{"cause": "tendon_snap", "likelihood": "likely"}]. */
    private static void writeCauses(JsonWriter w, List<SavedAssessment.SavedCause> causes) throws IOException {
        if (causes.isEmpty()) {
            return;
        }
        w.name("causes").beginArray();
        for (SavedAssessment.SavedCause c : causes) {
            w.beginObject().name("cause").value(c.cause()).name("likelihood").value(c.likelihood()).endObject();
        }
        w.endArray();
    }

    private List<SavedAssessment.SavedCause> readCauses(JsonReader r) throws IOException {
        expect(r, JsonToken.BEGIN_ARRAY, "\"causes\" must be a list");
        List<SavedAssessment.SavedCause> out = new ArrayList<>();
        r.beginArray();
        while (r.hasNext()) {
            expect(r, JsonToken.BEGIN_OBJECT, "each cause must be an object with \"cause\" and \"likelihood\"");
            r.beginObject();
            String cause = null;
            String likelihood = null;
            while (r.hasNext()) {
                String name = r.nextName();
                switch (name) {
                    case "cause" -> cause = readString(r, "cause");
                    case "likelihood" -> likelihood = readString(r, "likelihood");
                    default -> throw located(r, "unknown field " + PlainText.quote(name) + " in a cause");
                }
            }
            r.endObject();
            if (cause == null || !cause.matches("[a-z0-9_]+")) {
                throw located(r, "a cause needs a \"cause\" id such as \"tendon_snap\"");
            }
            if (!SavedAssessment.SavedCause.LIKELIHOODS.contains(likelihood)) {
                throw located(r, "a cause's \"likelihood\" must be \"likely\" or \"possible\", not \"" + likelihood + "\"");
            }
            out.add(new SavedAssessment.SavedCause(cause, likelihood));
        }
        r.endArray();
        return out;
    }

    /** The embedded assessment is checked by the same reader as the triage command's input, field by field. */
    private Assessment readAssessment(JsonReader r) throws IOException {
        expect(r, JsonToken.BEGIN_OBJECT, "the assessment must be a JSON object");
        // Not Gson's tree reader: it keeps the last of two equal names; this refuses them, as the assessment reader does.
        JsonElement tree = org.popcheck.json.StrictTree.read(r, REFUSALS);
        try {
            return assessments.fromTree(tree);
        } catch (InvalidAssessmentException e) {
            throw located(r, "the saved assessment is not valid: " + e.getMessage());
        }
    }

    /**
     * Returns the catalog's own instance of the option: years of entries then share a handful of
     * strings instead of holding one copy per entry (less memory, less for the collector to copy).
     */
    private String readOption(JsonReader r, String factId) throws IOException {
        String v = readString(r, factId);
        List<String> options = options(factId);
        int at = options.indexOf(v);
        if (at < 0) {
            throw located(r, PlainText.quote(v) + " is not a known " + factId + " (expected one of " + options + ")");
        }
        return options.get(at);
    }

    /**
     * The catalog's own trigger strings, in an unchangeable list the entry keeps as it is: for one
     * or two triggers, the list shared by every entry that names the same.
     */
    private List<String> readTriggers(JsonReader r) throws IOException {
        if (r.peek() != JsonToken.BEGIN_ARRAY) {
            throw located(r, "\"triggers\" must be a list of texts");
        }
        r.beginArray();
        int first = -1;
        int second = -1;
        List<String> more = null;
        while (r.hasNext()) {
            String v = readString(r, "triggers");
            int at = triggerOptions.indexOf(v);
            if (at < 0) {
                throw located(r, PlainText.quote(v) + " is not a known trigger");
            }
            if (first < 0) {
                first = at;
            } else if (second < 0) {
                second = at;
            } else {
                if (more == null) {
                    more = new ArrayList<>(List.of(triggerOptions.get(first), triggerOptions.get(second)));
                }
                more.add(triggerOptions.get(at));
            }
        }
        r.endArray();
        if (more != null) {
            return List.copyOf(more);
        }
        if (first < 0) {
            return List.of();
        }
        return second < 0 ? oneTrigger.get(first) : twoTriggers.get(first * triggerOptions.size() + second);
    }

    private List<String> readFactIds(JsonReader r) throws IOException {
        List<String> vs = readStrings(r, "warning_signs");
        for (String v : vs) {
            if (!facts.contains(v)) {
                throw located(r, "unknown warning sign " + PlainText.quote(v));
            }
        }
        return vs;
    }

    private List<String> options(String factId) {
        return switch (factId) {
            case "sound" -> soundOptions;
            case "frequency" -> frequencyOptions;
            default -> catalogOptions(factId);
        };
    }

    private List<String> catalogOptions(String factId) {
        return facts.find(factId).map(FactDefinition::options).orElse(List.of());
    }

    private static List<String> readStrings(JsonReader r, String field) throws IOException {
        if (r.peek() != JsonToken.BEGIN_ARRAY) {
            throw located(r, "\"" + field + "\" must be a list of texts");
        }
        List<String> out = new ArrayList<>();
        r.beginArray();
        while (r.hasNext()) {
            out.add(readString(r, field));
        }
        r.endArray();
        return out;
    }

    /** A map look-up: the enums' own fromId streams over the values, which shows in a long journal. */
    private static Optional<Region> region(String id) {
        return Optional.ofNullable(REGIONS.get(id));
    }

    private static Optional<Side> side(String id) {
        return Optional.ofNullable(SIDES.get(id));
    }

    private static String readString(JsonReader r, String field) throws IOException {
        // The message is put together only when it is needed: this runs for every value of the file.
        if (r.peek() != JsonToken.STRING) {
            throw located(r, "\"" + field + "\" must be a text");
        }
        return r.nextString();
    }

    /**
     * A whole number from {@code min} to {@code max}, read exactly as the assessment reader reads
     * one: 3 and 3.0 are three, 1e-400 and 2.5 are not whole (Gson's own reading would turn 1e-400
     * into 0).
     */
    private static int readInt(JsonReader r, String field, int min, int max) throws IOException {
        if (r.peek() != JsonToken.NUMBER) {
            throw located(r, "\"" + field + "\" must be a whole number");
        }
        String text = r.nextString();
        if (text.length() <= 9 && isDigits(text)) { // the usual case: plain digits, no exponent
            int v = Integer.parseInt(text);
            if (v < min || v > max) {
                throw located(r, "\"" + field + "\" must be between " + min + " and " + max + ", not " + v);
            }
            return v;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw located(r, "\"" + field + "\" must be a whole number, not " + PlainText.quote(text));
        }
        if (v.signum() != 0 && v.stripTrailingZeros().scale() > 0) {
            throw located(r, "\"" + field + "\" must be a whole number, not " + PlainText.quote(text));
        }
        if (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw located(r, "\"" + field + "\" must be between " + min + " and " + max + ", not " + PlainText.quote(text));
        }
        return v.intValueExact();
    }

    private static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static OffsetDateTime readTime(JsonReader r) throws IOException {
        String v = readString(r, "at");
        try {
            return IsoTime.parse(v);
        } catch (DateTimeParseException e) {
            throw located(r, PlainText.quote(v) + " is not a time with offset such as 2026-03-01T08:30:00+01:00");
        }
    }

    private static void expect(JsonReader r, JsonToken token, String message) throws IOException {
        if (r.peek() != token) {
            throw located(r, message);
        }
    }

    /** The reader knows its place only through toString ("JsonReader at line 3 column 7 path ..."). */
    /** How the shared strict tree reader says what is wrong in a journal: with line and column. */
    private static final org.popcheck.json.StrictTree.Refusals<JournalFormatException> REFUSALS = new org.popcheck.json.StrictTree.Refusals<>() {
        public JournalFormatException twice(JsonReader r, String objectPath, String name) {
            return located(r, "the field " + PlainText.quote(name) + " is given twice in one object");
        }

        public JournalFormatException badNumber(JsonReader r, String text) {
            return located(r, "the number " + PlainText.quote(text) + " is too large or too small");
        }

        public JournalFormatException noValue(JsonReader r) {
            return located(r, "a value is expected here");
        }
    };

    static JournalFormatException located(JsonReader r, String problem) {
        Matcher m = LOCATION.matcher(r.toString());
        int line = 1;
        int column = 1;
        if (m.find()) {
            line = Integer.parseInt(m.group(1));
            column = Integer.parseInt(m.group(2));
        }
        return new JournalFormatException(problem, line, column);
    }

    /**
     * Gson's messages in plain words. They speak of JsonReader, strictness and help links, which
     * mean nothing to the person whose journal it is; the place is added by {@link #located}.
     * A message not listed here gets the general wording rather than the raw text.
     */
    static String plain(String gsonMessage) {
        String m = gsonMessage == null ? "" : gsonMessage;
        for (String[] known : GSON_WORDS) {
            if (m.startsWith(known[0])) {
                return known[1];
            }
        }
        return NOT_JSON;
    }

    private static final String NOT_JSON = "the text here is not valid JSON (names and texts need double quotes;"
            + " no comments; true, false and null in small letters)";

    /** Start of Gson's message, then what it means in words. */
    private static final String[][] GSON_WORDS = {
        {"End of input", "the file ends too early"},
        {"Unterminated string", "a text is not closed with a double quote"},
        {"Unterminated object", "an object is not closed with }"},
        {"Unterminated array", "a list is not closed with ]"},
        {"Unterminated escape sequence", "an escape (\\...) is cut short"},
        {"Malformed Unicode escape", "a \\u escape is not four hexadecimal digits"},
        {"Invalid escape sequence", "a text holds an escape JSON does not have"},
        {"Invalid escaped character", "a text holds an escape JSON does not have"},
        {"Unescaped control characters", "a text holds a raw control character (such as a tab or line break);"
                + " JSON needs it written as an escape such as \\n"},
        {"Unpaired surrogate", "a text holds half of a character (a lone surrogate)"},
        {"Expected name", "a field name in double quotes is expected here"},
        {"Expected ':'", "a colon is expected after the field name"},
        {"Expected value", "a value is expected here"},
        {"Nesting limit", "the file is nested too deeply"},
        {"Use JsonReader.setStrictness", NOT_JSON},
        {"Use JsonReader.setLenient", NOT_JSON},
    };
}
