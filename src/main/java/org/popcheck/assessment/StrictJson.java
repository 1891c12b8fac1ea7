package org.popcheck.assessment;

import com.google.gson.JsonElement;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.EOFException;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.popcheck.json.StrictTree;

/**
 * Reads one JSON document strictly: no comments, no single quotes, no trailing data, and no key given
 * twice in one object (Gson's own tree parser would keep the last one silently; we guess nothing).
 * The tree is read by {@link StrictTree}, which the journal shares; this class adds the document's
 * edges (empty, a byte order mark, trailing text) and the assessment's words for each problem.
 */
final class StrictJson {

    private static final Pattern LOCATION = Pattern.compile("line (\\d+) column (\\d+)");

    private StrictJson() {}

    static JsonElement parse(Reader source) throws InvalidAssessmentException {
        JsonReader reader = new JsonReader(skipByteOrderMark(source));
        reader.setStrictness(Strictness.STRICT);
        try {
            if (isEmpty(reader)) {
                throw new InvalidAssessmentException("", "the assessment is empty (expected a JSON object)");
            }
            JsonElement root = StrictTree.read(reader, REFUSALS);
            if (!atEnd(reader)) {
                throw malformed(reader, "unexpected text after the end of the JSON object");
            }
            return root;
        } catch (CharacterCodingException e) {
            throw new InvalidAssessmentException("", "the file is not UTF-8 text");
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            // Gson reports syntax errors as MalformedJsonException (an IOException) or IllegalStateException.
            throw malformed(reader, describe(e));
        }
    }

    /** Some Windows editors start UTF-8 files with a byte order mark; it is not part of the JSON. */
    private static Reader skipByteOrderMark(Reader source) throws InvalidAssessmentException {
        PushbackReader in = new PushbackReader(source, 1);
        try {
            int first = in.read();
            if (first != -1 && first != '\uFEFF') {
                in.unread(first);
            }
            return in;
        } catch (CharacterCodingException e) {
            throw new InvalidAssessmentException("", "the file is not UTF-8 text");
        } catch (IOException e) {
            throw new InvalidAssessmentException("", "cannot be read: " + e.getMessage());
        }
    }

    private static boolean isEmpty(JsonReader reader) throws IOException {
        try {
            return reader.peek() == JsonToken.END_DOCUMENT;
        } catch (EOFException e) {
            return true;
        }
    }

    /** True when only white space follows the document; in strict mode Gson throws on anything else. */
    private static boolean atEnd(JsonReader reader) {
        try {
            return reader.peek() == JsonToken.END_DOCUMENT;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    /** How the shared strict tree reader says what is wrong in an assessment. */
    private static final StrictTree.Refusals<InvalidAssessmentException> REFUSALS = new StrictTree.Refusals<>() {
        public InvalidAssessmentException twice(JsonReader r, String objectPath, String name) {
            return new InvalidAssessmentException(fieldPath(objectPath, name), "given twice");
        }

        public InvalidAssessmentException badNumber(JsonReader r, String text) {
            return malformed(r, "the number " + text + " is too large or too small");
        }

        public InvalidAssessmentException noValue(JsonReader r) {
            return malformed(r, "a value is expected here");
        }
    };

    /** Turns Gson's "$.facts" into our "facts.name" style. */
    private static String fieldPath(String objectPath, String name) {
        String base = objectPath.startsWith("$") ? objectPath.substring(1) : objectPath;
        if (base.startsWith(".")) {
            base = base.substring(1);
        }
        return base.isEmpty() ? name : base + "." + name;
    }

    private static InvalidAssessmentException malformed(JsonReader reader, String what) {
        Matcher m = LOCATION.matcher(reader.toString());
        String where = m.find() ? " at line " + m.group(1) + ", column " + m.group(2) : "";
        return new InvalidAssessmentException("", "malformed JSON" + where + ": " + what);
    }

    /** Gson's message without its location (we add ours) and without the troubleshooting link. */
    private static String describe(Exception e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = msg.indexOf('\n');
        if (newline >= 0) {
            msg = msg.substring(0, newline);
        }
        msg = msg.replaceAll(" at line \\d+ column \\d+ path \\S*", "")
                .replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "not valid JSON (names and text need double quotes; no comments)")
                .replace("Use JsonReader.setLenient(true) to accept malformed JSON", "not valid JSON (names and text need double quotes; no comments)");
        if (msg.startsWith("End of input")) {
            return "the file ends too early";
        }
        return msg.isBlank() ? "not valid JSON" : msg;
    }
}
