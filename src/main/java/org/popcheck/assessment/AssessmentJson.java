package org.popcheck.assessment;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.popcheck.body.BodySite;
import org.popcheck.body.Region;
import org.popcheck.body.Side;

/**
 * Reads and writes assessments in the JSON shape of spec/assessment.md. Reading validates the whole
 * contract and refuses anything it would have to guess, naming the field and what was expected.
 */
public final class AssessmentJson {

    private static final Set<String> TOP_LEVEL = Set.of("age", "regions", "facts");
    private static final Set<String> SITE_FIELDS = Set.of("region", "side");
    private static final int MIN_AGE = 0; // 0 = a baby under one year (contract version 2)
    private static final int MAX_AGE = 120;

    private final FactCatalog catalog;

    public AssessmentJson(FactCatalog catalog) {
        this.catalog = catalog;
    }

    /** A reader for the catalog that ships with the app. */
    public static AssessmentJson standard() {
        return new AssessmentJson(FactCatalog.standard());
    }

    public Assessment read(String json) throws InvalidAssessmentException {
        return read(new StringReader(json));
    }

    public Assessment read(Reader json) throws InvalidAssessmentException {
        return fromTree(StrictJson.parse(json));
    }

    /** Validates an already parsed tree, for files (such as the journal) that embed an assessment. */
    public Assessment fromTree(JsonElement root) throws InvalidAssessmentException {
        if (root == null || !root.isJsonObject()) {
            throw new InvalidAssessmentException("", "expected a JSON object with age, regions and facts, got " + describe(root));
        }
        JsonObject o = root.getAsJsonObject();
        for (String key : o.keySet()) {
            if (!TOP_LEVEL.contains(key)) {
                throw new InvalidAssessmentException(key, "unknown field (expected only age, regions and facts)");
            }
        }
        int age = readAge(o);
        List<BodySite> sites = readRegions(o);
        Map<String, Answer> facts = readFacts(o);
        return new Assessment(age, sites, facts);
    }

    private static int readAge(JsonObject o) throws InvalidAssessmentException {
        JsonElement e = required(o, "age", "age");
        BigDecimal n = wholeNumber(e);
        if (n == null || n.compareTo(BigDecimal.valueOf(MIN_AGE)) < 0 || n.compareTo(BigDecimal.valueOf(MAX_AGE)) > 0) {
            throw new InvalidAssessmentException("age", "expected whole years from " + MIN_AGE + " to " + MAX_AGE + ", got " + describe(e));
        }
        return n.intValueExact();
    }

    private static List<BodySite> readRegions(JsonObject o) throws InvalidAssessmentException {
        JsonElement e = required(o, "regions", "regions");
        if (!e.isJsonArray()) {
            throw new InvalidAssessmentException("regions", "expected a list of regions, got " + describe(e));
        }
        JsonArray array = e.getAsJsonArray();
        if (array.isEmpty()) {
            throw new InvalidAssessmentException("regions", "must list at least one region");
        }
        List<BodySite> sites = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            BodySite site = readSite(array.get(i), "regions[" + i + "]");
            if (sites.contains(site)) {
                throw new InvalidAssessmentException("regions[" + i + "]", site.region().id() + " on side " + site.side().id() + " is listed twice");
            }
            sites.add(site);
        }
        return sites;
    }

    private static BodySite readSite(JsonElement e, String path) throws InvalidAssessmentException {
        if (!e.isJsonObject()) {
            throw new InvalidAssessmentException(path, "expected an object with region and side, got " + describe(e));
        }
        JsonObject o = e.getAsJsonObject();
        for (String key : o.keySet()) {
            if (!SITE_FIELDS.contains(key)) {
                throw new InvalidAssessmentException(path + "." + key, "unknown field (expected only region and side)");
            }
        }
        JsonElement r = required(o, "region", path + ".region");
        String regionId = string(r);
        Region region = regionId == null ? null : Region.fromId(regionId).orElse(null);
        if (region == null) {
            throw new InvalidAssessmentException(path + ".region",
                    "expected one of " + ids(Arrays.stream(Region.values()).map(Region::id).toList()) + ", got " + describe(r));
        }
        JsonElement s = required(o, "side", path + ".side");
        String sideId = string(s);
        Side side = sideId == null ? null : Side.fromId(sideId).orElse(null);
        List<String> allowed = Arrays.stream(Side.values()).filter(region.allowedSides()::contains).map(Side::id).toList();
        if (side == null) {
            throw new InvalidAssessmentException(path + ".side", "expected " + orList(allowed) + " for region '" + region.id() + "', got " + describe(s));
        }
        if (!region.allowedSides().contains(side)) {
            throw new InvalidAssessmentException(path + ".side",
                    "'" + side.id() + "' does not fit region '" + region.id() + "' (expected " + orList(allowed) + ")");
        }
        return new BodySite(region, side);
    }

    private Map<String, Answer> readFacts(JsonObject o) throws InvalidAssessmentException {
        JsonElement e = required(o, "facts", "facts");
        if (!e.isJsonObject()) {
            throw new InvalidAssessmentException("facts", "expected an object of answers by fact id, got " + describe(e));
        }
        Map<String, Answer> facts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : e.getAsJsonObject().entrySet()) {
            String path = "facts." + entry.getKey();
            FactDefinition def = catalog.find(entry.getKey())
                    .orElseThrow(() -> new InvalidAssessmentException(path, "unknown fact id"));
            facts.put(def.id(), readAnswer(def, entry.getValue(), path));
        }
        return facts;
    }

    private static Answer readAnswer(FactDefinition def, JsonElement e, String path) throws InvalidAssessmentException {
        return switch (def.type()) {
            case YESNO -> readYesNo(e, path);
            case NUMBER -> readNumber(def, e, path);
            case CHOICE -> readChoice(def, e, path);
            case MULTI -> readChoices(def, e, path);
        };
    }

    private static Answer readYesNo(JsonElement e, String path) throws InvalidAssessmentException {
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean()) {
            return e.getAsBoolean() ? Answer.YesNo.YES : Answer.YesNo.NO;
        }
        if ("unsure".equals(string(e))) {
            return Answer.YesNo.UNSURE;
        }
        throw new InvalidAssessmentException(path, "expected true, false or \"unsure\", got " + describe(e));
    }

    private static Answer readNumber(FactDefinition def, JsonElement e, String path) throws InvalidAssessmentException {
        BigDecimal n = def.integer() ? wholeNumber(e) : number(e);
        boolean inRange = n != null
                && (def.min() == null || n.compareTo(BigDecimal.valueOf(def.min())) >= 0)
                && (def.max() == null || n.compareTo(BigDecimal.valueOf(def.max())) <= 0);
        if (!inRange) {
            throw new InvalidAssessmentException(path, "expected " + (def.integer() ? "a whole number" : "a number")
                    + " from " + plain(def.min()) + " to " + plain(def.max()) + ", got " + describe(e));
        }
        return new Answer.Number(n.doubleValue());
    }

    private static Answer readChoice(FactDefinition def, JsonElement e, String path) throws InvalidAssessmentException {
        String option = string(e);
        if (option == null || !def.options().contains(option)) {
            throw new InvalidAssessmentException(path, "expected one of " + ids(def.options()) + ", got " + describe(e));
        }
        return new Answer.Choice(option);
    }

    private static Answer readChoices(FactDefinition def, JsonElement e, String path) throws InvalidAssessmentException {
        if (!e.isJsonArray()) {
            throw new InvalidAssessmentException(path, "expected a list of " + ids(def.options()) + ", got " + describe(e));
        }
        List<String> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JsonArray array = e.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
            String option = string(array.get(i));
            if (option == null || !def.options().contains(option)) {
                throw new InvalidAssessmentException(path + "[" + i + "]", "expected one of " + ids(def.options()) + ", got " + describe(array.get(i)));
            }
            if (!seen.add(option)) {
                throw new InvalidAssessmentException(path + "[" + i + "]", "'" + option + "' is listed twice");
            }
            options.add(option);
        }
        return new Answer.Choices(options);
    }

    // ---- writing ----

    /** The assessment as compact JSON in the contract's shape. */
    public String write(Assessment assessment) {
        return new GsonBuilder().disableHtmlEscaping().create().toJson(toTree(assessment));
    }

    public JsonObject toTree(Assessment assessment) {
        JsonObject root = new JsonObject();
        root.addProperty("age", assessment.age());
        JsonArray regions = new JsonArray();
        for (BodySite site : assessment.sites()) {
            JsonObject s = new JsonObject();
            s.addProperty("region", site.region().id());
            s.addProperty("side", site.side().id());
            regions.add(s);
        }
        root.add("regions", regions);
        JsonObject facts = new JsonObject();
        assessment.facts().forEach((id, answer) -> facts.add(id, toTree(answer)));
        root.add("facts", facts);
        return root;
    }

    private static JsonElement toTree(Answer answer) {
        if (answer instanceof Answer.YesNo yn) {
            return yn == Answer.YesNo.UNSURE ? new JsonPrimitive("unsure") : new JsonPrimitive(yn == Answer.YesNo.YES);
        }
        if (answer instanceof Answer.Number n) {
            double v = n.value();
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? new JsonPrimitive((long) v) : new JsonPrimitive(v);
        }
        if (answer instanceof Answer.Choice c) {
            return new JsonPrimitive(c.option());
        }
        JsonArray array = new JsonArray();
        ((Answer.Choices) answer).options().forEach(array::add);
        return array;
    }

    // ---- helpers ----

    private static JsonElement required(JsonObject o, String key, String path) throws InvalidAssessmentException {
        JsonElement e = o.get(key);
        if (e == null) {
            throw new InvalidAssessmentException(path, "missing");
        }
        return e;
    }

    private static String string(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : null;
    }

    private static BigDecimal number(JsonElement e) {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            return null;
        }
        try {
            return new BigDecimal(e.getAsString());
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    /** The value when it is a JSON number without a fractional part (2.0 is fine, 2.5 is not). */
    private static BigDecimal wholeNumber(JsonElement e) {
        BigDecimal n = number(e);
        if (n == null) {
            return null;
        }
        return n.stripTrailingZeros().scale() <= 0 ? n : null;
    }

    private static String plain(Double d) {
        return d == null ? "" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String ids(List<String> ids) {
        return String.join(", ", ids);
    }

    private static String orList(List<String> ids) {
        if (ids.size() == 1) {
            return ids.get(0);
        }
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
    }

    /** How a bad value is shown in a message: as written in JSON, shortened. */
    static String describe(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return "null";
        }
        if (e.isJsonObject()) {
            return "an object";
        }
        if (e.isJsonArray()) {
            return "a list";
        }
        String text = e.toString();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

}
