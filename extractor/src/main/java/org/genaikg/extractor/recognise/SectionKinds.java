package org.genaikg.extractor.recognise;

import java.util.regex.Pattern;
import org.genaikg.extractor.parse.Page;

/** What a section lists, read from its heading and the headings above it. */
final class SectionKinds {
    private static final Pattern NO_MODELS = Pattern.compile(
            "(?i)\\b(?:benchmarks?|datasets?|metrics?|evaluation|leaderboards?|log(?:ging)?\\s+levels?|"
                    + "companies|people|authors|courses|books|podcasts|newsletters|glossary)\\b");

    private SectionKinds() {}

    /** True when the items of a section are benchmarks, datasets, metrics and the like, not models. */
    static boolean listsNoModels(Page page, int section) {
        for (int s = section; s >= 0; s = page.sections().get(s).parent()) {
            if (NO_MODELS.matcher(page.sections().get(s).heading()).find()) {
                return true;
            }
        }
        return false;
    }
}
