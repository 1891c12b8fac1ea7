package org.popcheck.causes;

import java.util.List;
import java.util.Map;

/**
 * What a cause says when it is shown for one region only (the {@code "regionText"} of a cause in
 * assets/causes/causes.json). A bone spur at the hip catches on other tissue, needs other advice and
 * has another source than a heel spur, so a cause can give its own words per region. Each part is
 * optional: null (or empty) falls back to the cause's general text, which names no region.
 *
 * @param explanation what it is at this region, or null for the general explanation
 * @param helps       what helps at this region, or null
 * @param concern     when to worry at this region, or null
 * @param sources     the publications behind it at this region (names in assets/triage/sources.json),
 *                    or empty for the general sources
 * @param whys        exercise id to why it is there at this region; an exercise not listed keeps its
 *                    general why
 */
public record RegionText(String explanation, String helps, String concern, List<String> sources, Map<String, String> whys) {
    public RegionText {
        sources = List.copyOf(sources);
        whys = Map.copyOf(whys);
    }
}
