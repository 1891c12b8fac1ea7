package org.popcheck.journal;

import com.google.gson.JsonElement;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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

    /** The version this build writes. A file with a larger number comes from a newer PopCheck. */
    public static final int SCHEMA_VERSION = 1;

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

    /**
     * Reads a whole journal. Every malformed, wrongly shaped or out-of-range input gives a
     * {@link JournalFormatException} naming the problem and its place; nothing else escapes.
     */
    public JournalFile read(Reader in) throws JournalFormatException {
        return readIndexed(in, 0).file();
    }

    /**
     * A file as read, with the index by id that the check for twice-used ids built on the way (null
     * for a file of a newer version, whose entries are not checked that way). The store keeps the
     * index rather than building a second one of the same ids.
     */
    record Indexed(JournalFile file, HashMap<String, JournalEntry> byId) {}

    /**
     * As {@link #read(Reader)}; {@code sizeHint} is the file's length in bytes (0 when unknown), so
     * that the id index is made large enough once instead of growing step by step.
     */
    Indexed readIndexed(Reader in, long sizeHint) throws JournalFormatException {
        JsonReader r = new JsonReader(in);
        try {
            return readFile(r, sizeHint);
        } catch (JournalFormatException e) {
            throw e;
        } catch (MalformedJsonException | EOFException e) {
            throw located(r, e.getMessage() == null ? "the file ends too early" : plain(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            // Gson signals some syntax errors with IllegalStateException or NumberFormatException.
            throw located(r, e.getMessage() == null ? e.getClass().getSimpleName() : plain(e.getMessage()));
        } catch (StackOverflowError e) {
            throw located(r, "the file is nested too deeply");
        }
    }

    private Indexed readFile(JsonReader r, long sizeHint) throws IOException {
        if (r.peek() == JsonToken.END_DOCUMENT) {
            throw located(r, "the file is empty");
        }
        expect(r, JsonToken.BEGIN_OBJECT, "the journal must be a JSON object");
        r.beginObject();
        Integer version = null;
        List<JournalEntry> entries = null;
        HashMap<String, JournalEntry> byId = null;
        while (r.hasNext()) {
            String name = r.nextName();
            switch (name) {
                case "schemaVersion" -> version = readInt(r, "schemaVersion", 1, Integer.MAX_VALUE);
                case "entries" -> {
                    if (version == null) {
                        throw located(r, "\"schemaVersion\" must come before \"entries\"");
                    }
                    if (version > SCHEMA_VERSION) {
                        entries = readNewerEntries(r);
                    } else {
                        byId = indexFor(sizeHint);
                        entries = readEntries(r, byId);
                    }
                }
                default -> {
                    if (version != null && version > SCHEMA_VERSION) {
                        r.skipValue();
                    } else {
                        throw located(r, "unknown field \"" + name + "\"");
                    }
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
        if (entries == null) {
            throw located(r, "the field \"entries\" is missing");
        }
        return new Indexed(new JournalFile(version, entries), byId);
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
            JournalEntry e = readEntry(r, false);
            if (byId.putIfAbsent(e.id(), e) != null) {
                throw located(r, "the id \"" + e.id() + "\" appears twice");
            }
            out.add(e);
        }
        r.endArray();
        return out;
    }

    /** A newer file: read what this version understands, skip the rest; entries we cannot read are left out. */
    private List<JournalEntry> readNewerEntries(JsonReader r) throws IOException {
        List<JournalEntry> out = new ArrayList<>();
        if (r.peek() != JsonToken.BEGIN_ARRAY) {
            r.skipValue();
            return out;
        }
        r.beginArray();
        while (r.hasNext()) {
            try {
                out.add(readEntry(r, true));
            } catch (JournalFormatException unknownShape) {
                return out; // the stream position is unknown now: show what we could read
            }
        }
        r.endArray();
        return out;
    }

    private JournalEntry readEntry(JsonReader r, boolean lenient) throws IOException {
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
        SavedAssessment assessment = null;
        while (r.hasNext()) {
            String name = r.nextName();
            EntryField field = EntryField.of(name);
            if (field == null) {
                if (!lenient) {
                    throw located(r, "unknown field \"" + name + "\" in an entry");
                }
                r.skipValue();
                continue;
            }
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
                    region = region(v).orElseThrow(() -> located(r, "unknown region \"" + v + "\""));
                }
                case SIDE -> {
                    String v = readString(r, "side");
                    side = side(v).orElseThrow(() -> located(r, "unknown side \"" + v + "\""));
                }
                case SOUND -> sound = readOption(r, "sound");
                case FREQUENCY -> frequency = readOption(r, "frequency");
                case PAIN -> pain = readInt(r, "pain", 0, 10);
                case TRIGGERS -> triggers = readTriggers(r);
                case WARNING_SIGNS -> warnings = readFactIds(r);
                case NOTES -> {
                    notes = readString(r, "notes");
                    if (notes.length() > JournalEntry.MAX_NOTES) {
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
            throw located(r, "the entry \"" + id + "\" has no time \"at\"");
        }
        if ((region == null) != (side == null)) {
            throw located(r, "the entry \"" + id + "\" needs both \"region\" and \"side\", or neither");
        }
        BodySite site = null;
        if (region != null) {
            if (!region.allowedSides().contains(side)) {
                throw located(r, "side \"" + side.id() + "\" does not fit region \"" + region.id() + "\"");
            }
            site = SITES.get(region).get(side);
        }
        return new JournalEntry(id, at, site, sound, frequency, pain, triggers, warnings, notes, forClinician, exercises, assessment);
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
            while (r.hasNext()) {
                String name = r.nextName();
                switch (name) {
                    case "exercise" -> id = readString(r, "exercise");
                    case "sets" -> sets = readInt(r, "sets", 0, 1000);
                    case "reps" -> reps = readInt(r, "reps", 0, 10000);
                    case "seconds" -> seconds = readInt(r, "seconds", 0, 86400);
                    case "pain_during" -> painDuring = readInt(r, "pain_during", 0, 10);
                    default -> throw located(r, "unknown field \"" + name + "\" in an exercise");
                }
            }
            r.endObject();
            if (id == null || id.isBlank() || sets == null) {
                throw located(r, "an exercise needs \"exercise\" and \"sets\"");
            }
            out.add(new ExerciseDone(id, sets, reps, seconds, painDuring));
        }
        r.endArray();
        return out;
    }

    private SavedAssessment readSaved(JsonReader r) throws IOException {
        expect(r, JsonToken.BEGIN_OBJECT, "\"assessment\" must be a JSON object");
        r.beginObject();
        Assessment a = null;
        Level level = null;
        List<String> rules = List.of();
        List<SavedAssessment.SavedCause> causes = List.of();
        while (r.hasNext()) {
            String name = r.nextName();
            switch (name) {
                case "assessment" -> a = readAssessment(r);
                case "level" -> {
                    String v = readString(r, "level");
                    level = Level.fromId(v).orElseThrow(() -> located(r, "unknown level \"" + v + "\""));
                }
                case "rules" -> rules = readStrings(r, "rules");
                case "causes" -> causes = readCauses(r);
                default -> throw located(r, "unknown field \"" + name + "\" in a saved assessment");
            }
        }
        r.endObject();
        if (a == null || level == null) {
            throw located(r, "a saved assessment needs \"assessment\" and \"level\"");
        }
        return new SavedAssessment(a, level, rules, causes);
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
                    default -> throw located(r, "unknown field \"" + name + "\" in a cause");
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
        // Not JsonParser.parseReader: that would read this part leniently (single quotes, NaN).
        JsonElement tree = TREE_WRITER.getAdapter(JsonElement.class).read(r);
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
            throw located(r, "\"" + v + "\" is not a known " + factId + " (expected one of " + options + ")");
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
                throw located(r, "\"" + v + "\" is not a known trigger");
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
                throw located(r, "unknown warning sign \"" + v + "\"");
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

    private static int readInt(JsonReader r, String field, int min, int max) throws IOException {
        if (r.peek() != JsonToken.NUMBER) {
            throw located(r, "\"" + field + "\" must be a whole number");
        }
        long v;
        try {
            v = r.nextLong();
        } catch (NumberFormatException e) {
            throw located(r, "\"" + field + "\" must be a whole number");
        }
        if (v < min || v > max) {
            throw located(r, "\"" + field + "\" must be between " + min + " and " + max + ", not " + v);
        }
        return (int) v;
    }

    private static OffsetDateTime readTime(JsonReader r) throws IOException {
        String v = readString(r, "at");
        try {
            return IsoTime.parse(v);
        } catch (DateTimeParseException e) {
            throw located(r, "\"" + v + "\" is not a time with offset such as 2026-03-01T08:30:00+01:00");
        }
    }

    private static void expect(JsonReader r, JsonToken token, String message) throws IOException {
        if (r.peek() != token) {
            throw located(r, message);
        }
    }

    /** The reader knows its place only through toString ("JsonReader at line 3 column 7 path ..."). */
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

    /** Gson's messages carry the location and a help link; keep only the problem itself. */
    private static String plain(String message) {
        String s = message;
        int at = s.indexOf(" at line ");
        if (at > 0) {
            s = s.substring(0, at);
        }
        int see = s.indexOf("\nSee ");
        if (see > 0) {
            s = s.substring(0, see);
        }
        return s.strip();
    }
}
