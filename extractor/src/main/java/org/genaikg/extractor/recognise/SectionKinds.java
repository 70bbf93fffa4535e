package org.genaikg.extractor.recognise;

import java.util.regex.Pattern;
import org.genaikg.extractor.parse.Page;
import org.genaikg.extractor.parse.PageSection;
import org.genaikg.extractor.parse.SectionId;

/** What a section lists, read from its heading and the headings above it. */
final class SectionKinds {
    private static final Pattern NO_MODELS = Pattern.compile(
            "(?i)\\b(?:benchmarks?|datasets?|metrics?|evaluation|leaderboards?|log(?:ging)?\\s+levels?|"
                    + "companies|people|authors|courses|books|podcasts|newsletters|glossary)\\b");

    /**
     * Sections about software: "Frameworks and SDKs", "Model Serving Solutions", "Observability".
     * Their headings, items and repository titles name libraries, tools and products, which are
     * no models (EXTRACTION.md: a model is a named AI model, model family or model-based system).
     */
    private static final Pattern SOFTWARE = Pattern.compile(
            "(?i)\\b(?:frameworks|sdks?|librar(?:y|ies)|tools|tooling|toolkits?|solutions|infrastructure|platforms|"
                    + "stack|observability|monitoring|serving|hosting|caching|products|vendors|services)\\b");

    /**
     * Sections that list ways of doing things: "Approaches to Alignment", "Search Algorithms".
     * Not "methods": "Recording Methods" lists tools.
     */
    private static final Pattern TECHNIQUES = Pattern.compile("(?i)\\b(?:techniques|approaches|algorithms)\\b");

    private SectionKinds() {}

    /** True when the section or one above it lists techniques, whose names are concepts. */
    static boolean listsTechniques(Page page, SectionId section) {
        return headingAbove(page, section, TECHNIQUES);
    }

    /** True when the section or one above it is about libraries, tools, platforms and the like. */
    static boolean listsSoftware(Page page, SectionId section) {
        return headingAbove(page, section, SOFTWARE);
    }

    /** True when the items of a section are benchmarks, datasets, metrics and the like, not models. */
    static boolean listsNoModels(Page page, SectionId section) {
        return headingAbove(page, section, NO_MODELS);
    }

    private static boolean headingAbove(Page page, SectionId section, Pattern pattern) {
        for (PageSection s : page.enclosing(section)) {
            if (pattern.matcher(s.heading()).find()) {
                return true;
            }
        }
        return false;
    }
}
