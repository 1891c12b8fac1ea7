package org.popcheck.triage;

import java.util.List;
import org.popcheck.body.BodySite;

/**
 * One rule that fired: which rule, the level it gives, where (null site for rules about the whole
 * person), the answers that made it fire, a plain sentence and the guideline behind it.
 */
public record Reason(String rule, Level level, BodySite site, List<String> facts, String text, String source) {
    public Reason {
        facts = List.copyOf(facts);
    }
}
