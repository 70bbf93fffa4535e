package org.genaikg.extractor.recognise;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaikg.extractor.parse.Page;
import org.genaikg.extractor.parse.PageSection;
import org.genaikg.extractor.parse.SectionId;

/**
 * What the headings of one page say about the entries under them: the modalities a section sorts
 * its entries by, the whole a "Key Components of X" section lists parts of, the name a heading
 * gives its section, and the page's own topic.
 */
final class PageSections {
    private static final Pattern COMPONENTS_OF = Pattern.compile(
            "(?i)^(?:key\\s+|main\\s+|core\\s+)?(?:components|building\\s+blocks|parts|elements)\\s+of\\s+(?:the\\s+|a\\s+)?(.+)$");
    private static final Pattern X_COMPONENTS = Pattern.compile("(?i)^(.+?)\\s+(?:components|building\\s+blocks)$");
    private static final Pattern DATA_KIND_HEADING = Pattern.compile(
            "(?i)\\b(?:models?|data|generation|synthesis|recognition|understanding|modalit\\w*|to|language)\\b");

    private final Page page;
    private final Map<SectionId, Set<String>> modalities = new HashMap<>();
    private final Map<SectionId, Ref> componentTargets = new HashMap<>();
    private final Map<SectionId, Ref> namedBy = new HashMap<>();
    private final Ref topic;

    PageSections(Page page, Lexicon lexicon, ModalityFinder finder) {
        this.page = page;
        LexiconEntry topicEntry = lexicon.lookup(page.title());
        if (topicEntry == null) {
            String file = page.path().substring(page.path().lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
            topicEntry = lexicon.lookup(file.replace('_', ' '));
        }
        topic = topicEntry == null ? null : Ref.name(topicEntry.key());
        for (PageSection section : page.sections()) {
            if (namesADataKind(section)) {
                modalities.put(section.id(), finder.find(section.heading()));
            }
            String heading = section.heading().strip();
            for (Pattern pattern : new Pattern[] {COMPONENTS_OF, X_COMPONENTS}) {
                Matcher m = pattern.matcher(heading);
                if (m.matches()) {
                    LexiconEntry target = lexicon.lookup(m.group(1));
                    if (target != null) {
                        componentTargets.put(section.id(), Ref.name(target.key()));
                    }
                }
            }
        }
    }

    /**
     * A heading sorts its entries by modality when it says so: "Tabular Models",
     * "Vision-Language Models", or "Graphs" under "Other Modalities"; not a bare "Code"
     * heading, which lists code.
     */
    private boolean namesADataKind(PageSection section) {
        if (DATA_KIND_HEADING.matcher(section.heading()).find()) {
            return true;
        }
        for (PageSection above : page.enclosing(section.parent())) {
            if (above.heading().toLowerCase(Locale.ROOT).contains("modalit")) {
                return true;
            }
        }
        return false;
    }

    Page page() {
        return page;
    }

    /** The name the page is about (its title or file name), or null: "It", "This model" refer to it. */
    Ref topic() {
        return topic;
    }

    /** The modalities of the nearest section at or above this one whose heading names some. */
    Set<String> modalitiesOf(SectionId section) {
        for (PageSection s : page.enclosing(section)) {
            Set<String> found = modalities.get(s.id());
            if (found != null && !found.isEmpty()) {
                return found;
            }
        }
        return Set.of();
    }

    /** The whole that this section, or one above it, lists the components of; or null. */
    Ref componentTarget(SectionId section) {
        for (PageSection s : page.enclosing(section)) {
            Ref target = componentTargets.get(s.id());
            if (target != null) {
                return target;
            }
        }
        return null;
    }

    /** Records the name a section's heading gives. */
    void namedBy(SectionId section, Ref name) {
        namedBy.put(section, name);
    }

    /** The name the section's own heading gave, or null. */
    Ref nameOf(SectionId section) {
        return namedBy.get(section);
    }

    /** The parent of a heading's section. */
    SectionId parentOf(SectionId section) {
        return page.section(section).parent();
    }
}
