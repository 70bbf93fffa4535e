package org.genaikg.extractor.recognise;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.extractor.parse.Entry;
import org.genaikg.extractor.parse.EntryKind;
import org.genaikg.extractor.parse.Page;
import org.genaikg.ontology.ExtractionRule;
import org.genaikg.ontology.Relation;

/**
 * The card lists family: a card (an admonition not titled by a link) whose title says it lists
 * models ("Additional Text Models", "Vision-Focused Models") and whose items are links alone,
 * {@code - [TinyLlama](https://github.com/jzhang38/TinyLlama)}. Each item names a model; the link
 * is its repository, its paper or a web page about it (an Article); the card's title and section
 * give its modalities. The first pass learns the names ({@link #learn}), the second relates them.
 */
final class CardLists {
    /** "Additional Text Models", "Open LLMs", "Vision-Focused Models": a title that says it lists models. */
    private static final Pattern LISTS_MODELS = Pattern.compile("(?i)\\b(?:models|llms|vlms)\\b");
    /** What may follow an item's link: nothing, or a description after a colon or a dash. */
    private static final Pattern AFTER_LINK = Pattern.compile("^\\s*(?:$|[:\\u2013\\u2014-]\\s)");
    /** "Orca (Microsoft)", "Claude (Anthropic)": the lab in brackets after a model's name. */
    private static final Pattern BRACKET = Pattern.compile("\\s*\\(([^()]+)\\)\\s*$");
    private static final Pattern PREFIX = Pattern.compile("^([^:]{2,40}?)\\s*:\\s+\\S.*$");

    private final Lexicon lexicon;
    private final ModalityFinder modalities;
    private final PageFacts facts;
    private final PageSections sections;

    CardLists(Lexicon lexicon, ModalityFinder modalities, PageFacts facts, PageSections sections) {
        this.lexicon = lexicon;
        this.modalities = modalities;
        this.facts = facts;
        this.sections = sections;
    }

    /** An item of a card: the link it is and the name its text gives. */
    record Item(ClassifiedLink link, String name) {}

    /** The items of a card that lists models; none for any other entry. */
    static List<Item> items(Page page, Entry entry) {
        if (entry.kind() != EntryKind.ADMONITION || !LISTS_MODELS.matcher(entry.head().text()).find()
                || NameClassifier.sectionListsNoModels(page, entry.section()) || NameClassifier.sectionListsSoftware(page, entry.section())) {
            return List.of();
        }
        String[] lines = entry.body().text().split("\n");
        List<Item> items = new ArrayList<>();
        for (ClassifiedLink link : EntryLinks.classify(entry.body().links())) {
            if (!EntryLinks.isEntityLink(link.kind()) || !standsAlone(link.text(), lines)) {
                continue;
            }
            String name = nameOf(LinkTitles.of(link.text()));
            if (name != null) {
                items.add(new Item(link, name));
            }
        }
        return items;
    }

    /** The names the items of a card introduce, for the first pass. */
    static List<NameFinding> learn(Page page, Entry entry) {
        return items(page, entry).stream()
                .filter(item -> NameClassifier.standard().classify(item.name()) == NameClassifier.NameClass.MODEL)
                .map(item -> NameFinding.of(item.name(), ExtractionRule.CARD_LIST_ITEM, true)).toList();
    }

    /** Relates each item's model to its link and to the modalities of the card and its section. */
    void read(Entry entry) {
        List<Item> items = items(sections.page(), entry);
        if (items.isEmpty()) {
            return;
        }
        Set<String> cardModalities = new LinkedHashSet<>(modalities.find(entry.head().text()));
        cardModalities.addAll(sections.modalitiesOf(entry.section()));
        for (Item item : items) {
            LexiconEntry known = lexicon.lookup(item.name());
            if (known == null || known.kind() != org.genaikg.ontology.NodeKind.MODEL) {
                continue;
            }
            SourceSpan span = facts.span(entry.body().line(), item.link().text(), ExtractionRule.CARD_LIST_ITEM);
            Ref model = facts.name(known, item.name(), span, entry.section(), true);
            switch (item.link().kind()) {
                case REPOSITORY -> facts.relate(model, Relation.HAS_CODE,
                        facts.repository(item.link(), span.withRule(ExtractionRule.ENTRY_REPOSITORY), entry.section()), span);
                case PAPER -> facts.relate(model, Relation.DESCRIBED_IN,
                        facts.paper(item.link(), LinkTitles.of(item.link().text()), span.withRule(ExtractionRule.LINKED_PAPER),
                                entry.section(), true), span);
                case ARTICLE -> {
                    if (EntryLinks.isWrittenPage(item.link())) {
                        facts.article(item.link(), LinkTitles.of(item.link().text()),
                                span.withRule(ExtractionRule.LINKED_ARTICLE), entry.section());
                    }
                }
                default -> { }
            }
            Set<String> found = new LinkedHashSet<>(modalities.find(LinkTitles.of(item.link().text())));
            found.addAll(cardModalities);
            for (String modality : found) {
                facts.relate(model, Relation.HAS_MODALITY,
                        facts.modality(modality, span.withRule(ExtractionRule.MODALITY), entry.section()), span);
            }
        }
    }

    /** True when a line of the card is the link alone, or the link and a description after it. */
    private static boolean standsAlone(String linkText, String[] lines) {
        for (String line : lines) {
            String strip = line.strip();
            if (!linkText.isEmpty() && strip.startsWith(linkText) && AFTER_LINK.matcher(strip.substring(linkText.length())).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The model an item's text names: "StableLM" of "StableLM: Stability AI Language Models",
     * "Orca" of "Orca (Microsoft)"; null when the text names a lab, a benchmark, software or
     * nothing ("MosaicML" is a lab too, but no list of labs says so: it stays a name). A name shaped like a
     * concept's ("Stable Diffusion") is kept: the lexicon may know it as a model.
     */
    static String nameOf(String text) {
        String name = text.strip();
        java.util.regex.Matcher prefix = PREFIX.matcher(name);
        if (prefix.matches()) {
            name = prefix.group(1);
        }
        java.util.regex.Matcher bracket = BRACKET.matcher(name);
        if (bracket.find() && NameClassifier.standard().classify(bracket.group(1)) == NameClassifier.NameClass.ORGANISATION) {
            name = name.substring(0, bracket.start());
        }
        name = name.strip();
        if (!Names.looksLikeName(name, 3) || NameClassifier.isCategory(name)
                || !EnumSet.of(NameClassifier.NameClass.MODEL, NameClassifier.NameClass.CONCEPT).contains(NameClassifier.standard().classify(name))) {
            return null;
        }
        return name;
    }
}
