package org.genaikg.extractor.recognise;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaikg.extractor.budget.PageTimeBudget;
import org.genaikg.extractor.model.Problem;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.extractor.parse.Entry;
import org.genaikg.extractor.parse.EntryKind;
import org.genaikg.extractor.parse.InlineText;
import org.genaikg.extractor.parse.Link;
import org.genaikg.extractor.parse.Page;
import org.genaikg.extractor.parse.PageSection;
import org.genaikg.ontology.Attribute;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;

/**
 * Reads one parsed page with the corpus lexicon: the papers, articles, repositories, models,
 * concepts and modalities it names, and the relations its entries and sentences state.
 * Stateless between pages; one instance serves all threads.
 */
public final class PageRecogniser {
    private static final int SPAN_LIMIT = 400;
    /** A name this close before "a tuning of" is what the phrase speaks of ("Guanaco, a tuning of LLaMA"). */
    private static final int NEAR_SUBJECT = 40;
    /** "extends far beyond image generation" is no derivation: the derived-from name follows the phrase at once. */
    private static final int OBJECT_GAP = 2;
    private static final Pattern COMPONENTS_OF = Pattern.compile(
            "(?i)^(?:key\\s+|main\\s+|core\\s+)?(?:components|building\\s+blocks|parts|elements)\\s+of\\s+(?:the\\s+|a\\s+)?(.+)$");
    private static final Pattern X_COMPONENTS = Pattern.compile("(?i)^(.+?)\\s+(?:components|building\\s+blocks)$");
    private static final Pattern DATA_KIND_HEADING = Pattern.compile(
            "(?i)\\b(?:models?|data|generation|synthesis|recognition|understanding|modalit\\w*|to|language)\\b");
    private static final Pattern TOPIC_TITLE = Pattern.compile(
            "(?i)^(?:on|understanding|towards?|rethinking|revisiting|analy[sz]ing|demystifying|explaining)\\s+(?:the\\s+)?");
    private static final Pattern UNLINKED_TITLE = Pattern.compile("^\\[([^\\]]{12,200})\\]\\s*$");
    private static final Pattern TITLE_NAME_FOLLOWER = Pattern.compile(
            "(?i)\\s*(?:$|:|\\(|,|\\s(?:for|of|with|via|in|is|on|at)\\b)");
    private static final Pattern DESCRIPTION_VERB = Pattern.compile(
            "(?i)(?:introduces|introducing|describes|presents|proposes|the\\s+paper\\s+(?:behind|introducing|that\\s+"
                    + "introduced|describing)|paper\\s+behind|the\\s+original)\\s+(?:the\\s+|a\\s+|an\\s+)?");
    private static final Pattern PRONOUN_START = Pattern.compile("^(?:They|It|These|This\\s+(?:architecture|model|method))\\b");

    private final Lexicon lexicon;
    private final ModalityFinder modalities;

    public PageRecogniser(Lexicon lexicon, ModalityFinder modalities) {
        this.lexicon = lexicon;
        this.modalities = modalities;
    }

    public PageFindings recognise(Page page) {
        return recognise(page, PageTimeBudget.UNLIMITED);
    }

    /**
     * Recognises a page within a time budget, checked between entries and sentences. A page that
     * runs out of it is cut: what was found so far is kept, with a warning that names the line reached.
     */
    public PageFindings recognise(Page page, PageTimeBudget budget) {
        PageReading reading = new PageReading(page, budget);
        try {
            for (Entry entry : page.entries()) {
                budget.check("recognising the entry", entry::line);
                switch (entry.kind()) {
                    case HEADING -> reading.heading(entry);
                    case ADMONITION, LIST_ITEM, TABLE_ROW -> reading.entry(entry);
                    case PARAGRAPH -> reading.prose(entry, entry.head(), null);
                }
            }
            page.includes().forEach(include -> reading.pageLink(-1, include.target(),
                    new SourceSpan(page.path(), include.line(), "include " + include.target(), "include")));
        } catch (PageTimeBudget.Exceeded cut) {
            reading.problems.add(new Problem(Problem.Severity.WARNING, page.path(), cut.line(),
                    "cut: " + cut.getMessage() + "; the rest of the page was not read"));
        }
        return reading.findings();
    }

    /** The mutable state of reading one page; never shared between threads. */
    private final class PageReading {
        private final Page page;
        private final List<Mention> mentions = new ArrayList<>();
        private final List<Assertion> assertions = new ArrayList<>();
        private final List<PageFindings.PageLink> pageLinks = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final Map<Integer, Set<String>> sectionModalities = new HashMap<>();
        private final Map<Integer, String> componentTargets = new HashMap<>();
        private final Map<Integer, String> sectionEntities = new HashMap<>();
        private final String topicRef;
        private final PageTimeBudget budget;
        private String listHeadRef;
        private int listHeadParent = -2;
        private int listHeadSection = -2;

        PageReading(Page page, PageTimeBudget budget) {
            this.page = page;
            this.budget = budget;
            LexiconEntry topic = lexicon.lookup(page.title());
            if (topic == null) {
                String file = page.path().substring(page.path().lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
                topic = lexicon.lookup(file.replace('_', ' '));
            }
            topicRef = topic == null ? null : Refs.name(topic.key());
            for (PageSection section : page.sections()) {
                if (namesADataKind(section)) {
                    sectionModalities.put(section.index(), modalities.find(section.heading()));
                }
                String heading = section.heading().strip();
                for (Pattern pattern : new Pattern[] {COMPONENTS_OF, X_COMPONENTS}) {
                    Matcher m = pattern.matcher(heading);
                    if (m.matches()) {
                        LexiconEntry target = lexicon.lookup(m.group(1));
                        if (target != null) {
                            componentTargets.put(section.index(), Refs.name(target.key()));
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
            for (int s = section.parent(); s >= 0; s = page.sections().get(s).parent()) {
                if (page.sections().get(s).heading().toLowerCase(Locale.ROOT).contains("modalit")) {
                    return true;
                }
            }
            return false;
        }

        PageFindings findings() {
            return new PageFindings(page, mentions, assertions, pageLinks, problems);
        }

        // ---- headings ----

        void heading(Entry entry) {
            String text = entry.head().text();
            SourceSpan span = span(entry.line(), text, "heading-name");
            String headingRef = null;
            LexiconEntry whole = lookupHeading(text);
            if (whole != null) {
                headingRef = mentionName(whole, text, span, entry.section(), true);
            }
            for (NameFinding finding : NameRules.fromBareName(text, NameRules.HEADING_NAME)) {
                LexiconEntry known = lexicon.lookup(finding.name());
                if (known != null) {
                    String ref = mentionName(known, finding.name(), span, entry.section(), true);
                    headingRef = headingRef == null ? ref : headingRef;
                }
            }
            if (headingRef == null) {
                mentionMatches(text, entry.section(), span.withRule("heading-mention"), false);
            }
            if (headingRef != null) {
                sectionEntities.put(entry.section(), headingRef);
                String target = componentTarget(page.sections().get(entry.section()).parent());
                if (target != null && !target.equals(headingRef)) {
                    assertions.add(new Assertion(headingRef, Relation.COMPONENT_OF, target, span.withRule("component-section")));
                }
            }
            listHeadRef = null;
        }

        /** "Attention Mechanism" names Attention; "Encoder-Only Networks" names Encoder-only. */
        private LexiconEntry lookupHeading(String heading) {
            String clean = heading.replaceAll("\\s*\\(.*\\)\\s*$", "").replaceAll("[.:]+$", "").strip();
            LexiconEntry found = lexicon.lookup(clean);
            if (found == null) {
                String trimmed = clean.replaceAll("(?i)\\s+(?:mechanisms?|networks?|models?|architectures?|methods?|layers?)$", "");
                if (!trimmed.equals(clean) && !trimmed.isBlank()) {
                    found = lexicon.lookup(trimmed);
                }
            }
            return found;
        }

        // ---- entries: admonitions, list items, table rows ----

        void entry(Entry entry) {
            int before = mentions.size();
            List<ClassifiedLink> headLinks = classify(entry.head().links());
            List<ClassifiedLink> bodyLinks = classify(entry.body().links());
            ClassifiedLink primary = primaryLink(entry.head(), headLinks);
            if (primary == null) {
                noPrimaryLink(entry);
            } else {
                titledEntry(entry, primary, headLinks, bodyLinks);
            }
            boolean carriesLink = headLinks.stream().anyMatch(l -> isEntityLink(l.kind()))
                    || bodyLinks.stream().anyMatch(l -> isEntityLink(l.kind()));
            if (mentions.size() == before && (entry.kind() == EntryKind.ADMONITION || carriesLink)) {
                problems.add(new Problem(Problem.Severity.EMPTY_ENTRY, page.path(), entry.line(),
                        entry.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " gave no node: "
                                + abbreviate(entry.head().text().isBlank() ? entry.body().text() : entry.head().text(), 80)));
            }
        }

        private void noPrimaryLink(Entry entry) {
            if (entry.kind() == EntryKind.LIST_ITEM || entry.kind() == EntryKind.TABLE_ROW) {
                String named = leadTerm(entry);
                if (named != null && entry.kind() == EntryKind.TABLE_ROW) {
                    tableRowLinks(entry, named);
                }
            } else if (entry.kind() == EntryKind.ADMONITION && UNLINKED_TITLE.matcher(entry.head().text()).matches()) {
                unlinkedPaper(entry);
            } else if (entry.kind() == EntryKind.ADMONITION && !entry.head().isBlank()) {
                LexiconEntry named = lookupHeading(entry.head().text());
                if (named != null) {
                    mentionName(named, entry.head().text(), span(entry.line(), entry.head().text(), "admonition-title"),
                            entry.section(), true);
                }
            }
            prose(entry, entry.head(), null);
            if (!entry.body().isBlank()) {
                prose(entry, entry.body(), null);
            }
        }

        /**
         * "[Chain-of-Verification Reduces Hallucination in Large Language Models]": a paper's title
         * in brackets whose link was never filled in. The paper is known by its title alone.
         */
        private void unlinkedPaper(Entry entry) {
            Matcher m = UNLINKED_TITLE.matcher(entry.head().text());
            if (!m.matches()) {
                return;
            }
            String title = m.group(1).strip();
            SourceSpan span = span(entry.line(), entry.head().text(), "unlinked-paper-title");
            String paperRef = Refs.paperByTitle(title);
            mentions.add(new Mention(paperRef, NodeKind.PAPER, title, Map.of(), span, entry.section(), true));
            for (NameFinding finding : NameRules.fromTitle(title)) {
                String ref = mentionFinding(finding, span.withRule(finding.rule()), entry.section());
                if (ref != null) {
                    assertions.add(new Assertion(ref, Relation.DESCRIBED_IN, paperRef, span.withRule(finding.rule())));
                }
            }
            for (NameFinding finding : NameRules.fromDescription(entry.body().text())) {
                String ref = mentionFinding(finding, span.withRule(finding.rule()), entry.section());
                if (ref != null && finding.described()) {
                    assertions.add(new Assertion(ref, Relation.DESCRIBED_IN, paperRef, span.withRule(finding.rule())));
                }
            }
        }

        /** A table row that names a model in its first cell and links its paper or code in another. */
        private void tableRowLinks(Entry entry, String named) {
            SourceSpan span = span(entry.line(), entry.head().text() + " | " + entry.body().text(), "table-row");
            for (ClassifiedLink link : classify(entry.body().links())) {
                if (link.kind() == LinkKind.PAPER) {
                    String paper = paperInText(link, entry.section(), span.withRule("table-row-paper"));
                    assertions.add(new Assertion(named, Relation.DESCRIBED_IN, paper, span));
                } else if (link.kind() == LinkKind.REPOSITORY) {
                    String repo = mentionRepository(link, span.withRule("table-row-repository"), entry.section());
                    assertions.add(new Assertion(named, Relation.HAS_CODE, repo, span));
                }
            }
        }

        private String leadTerm(Entry entry) {
            if (entry.parent() != listHeadParent || entry.section() != listHeadSection) {
                listHeadRef = null;
                listHeadParent = entry.parent();
                listHeadSection = entry.section();
            }
            String lead = LeadTerms.of(entry.head());
            if (lead == null) {
                return null;
            }
            LexiconEntry found = resolveLead(lead);
            if (found == null) {
                return null;
            }
            SourceSpan span = span(entry.line(), entry.head().text(), "list-lead-term");
            String ref = mentionName(found, lead, span, entry.section(), true);
            listHeadRef = ref;
            String target = componentTarget(entry.section());
            if (target != null && !target.equals(ref)) {
                assertions.add(new Assertion(ref, Relation.COMPONENT_OF, target, span.withRule("component-list")));
            }
            return ref;
        }

        /**
         * The lead term as a known name; failing that, completed by the head word of the item
         * before it ("Bi-directional" after "Attention" is "Bi-directional attention"), one part
         * of "A / B" at a time, and forgiving a typing slip.
         */
        private LexiconEntry resolveLead(String lead) {
            List<String> tries = new ArrayList<>();
            tries.add(lead);
            List<String> parts = new ArrayList<>();
            for (String part : lead.split("\\s*/\\s*")) {
                if (!part.equals(lead) && !part.isBlank()) {
                    parts.add(part);
                }
            }
            parts.sort((a, b) -> Integer.compare(b.length(), a.length()));
            tries.addAll(parts);
            String head = headWord();
            if (head != null) {
                tries.add(lead + " " + head);
                parts.forEach(part -> tries.add(part + " " + head));
            }
            for (String attempt : tries) {
                LexiconEntry found = lexicon.lookup(attempt);
                if (found != null) {
                    return found;
                }
            }
            for (String attempt : tries) {
                LexiconEntry found = lexicon.lookupForgivingTypos(attempt);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }

        /** The last word of the name the previous item of the list (or the section heading) defined. */
        private String headWord() {
            String ref = listHeadRef != null ? listHeadRef : sectionEntities.get(listHeadSection);
            if (ref == null || !ref.startsWith(Refs.NAME)) {
                return null;
            }
            LexiconEntry entry = lexicon.byKey(ref.substring(Refs.NAME.length()));
            if (entry == null) {
                return null;
            }
            String[] words = Names.words(entry.label());
            return words.length == 0 ? null : words[words.length - 1].replaceAll("^.*-", "");
        }

        private void titledEntry(Entry entry, ClassifiedLink primary, List<ClassifiedLink> headLinks,
                                 List<ClassifiedLink> bodyLinks) {
            String title = LinkTitles.of(primary.text());
            if (title.contains("://") || title.startsWith("www.")) {
                title = "";
            }
            String headText = entry.head().text();
            int titleAt = headText.indexOf(primary.text());
            String rest = titleAt >= 0 ? headText.substring(titleAt + primary.text().length()) : headText;
            String description = (rest + "\n" + entry.body().text()).strip();
            SourceSpan span = span(entry.line(), headText, "entry-title");
            List<ClassifiedLink> others = new ArrayList<>(headLinks);
            others.addAll(bodyLinks);
            others.remove(primary);

            ClassifiedLink paperLink = primary.kind() == LinkKind.PAPER ? primary : null;
            if (paperLink == null && primary.kind() != LinkKind.PAGE) {
                for (ClassifiedLink link : others) {
                    if (link.kind() == LinkKind.PAPER && isPlainPaperLink(link.text())) {
                        paperLink = link;
                        break;
                    }
                }
                others.remove(paperLink);
            }
            String paperRef = null;
            if (paperLink != null) {
                paperRef = mentionPaper(paperLink, title, span.withRule("entry-paper"), entry.section(), true);
                topicOfTitle(title, paperRef, entry.section(), span);
            }
            String repoRef = null;
            if (primary.kind() == LinkKind.REPOSITORY) {
                repoRef = mentionRepository(primary, span.withRule("entry-repository"), entry.section());
                if (paperRef != null) {
                    assertions.add(new Assertion(paperRef, Relation.HAS_CODE, repoRef, span.withRule("same-entry-code")));
                }
            } else if (primary.kind() == LinkKind.ARTICLE && paperRef == null) {
                mentionArticle(primary, title, span.withRule("entry-article"), entry.section());
            } else if (primary.kind() == LinkKind.PAGE) {
                pageLink(entry.section(), primary.url(), span.withRule("relative-link"));
            }

            List<String> subjects = new ArrayList<>();
            if (primary.kind() != LinkKind.PAGE && primary.kind() != LinkKind.ANCHOR) {
                LexiconMatch opening = knownNameOpening(title);
                if (opening != null && primary.kind() != LinkKind.ARTICLE) {
                    String ref = mentionName(opening.entry(), opening.surface(), span.withRule("title-opens-with-name"),
                            entry.section(), true);
                    subjects.add(ref);
                    if (paperRef != null) {
                        assertions.add(new Assertion(ref, Relation.DESCRIBED_IN, paperRef, span.withRule("title-opens-with-name")));
                    }
                    if (repoRef != null) {
                        assertions.add(new Assertion(ref, Relation.HAS_CODE, repoRef, span.withRule("same-entry-code")));
                    }
                }
                String paperOf = paperRef == null ? null : NameRules.subjectOfNamePaper(title);
                if (paperOf != null) {
                    for (LexiconMatch match : lexicon.find(paperOf)) {
                        String ref = mentionName(match.entry(), match.surface(), span.withRule("named-paper"), entry.section(), true);
                        assertions.add(new Assertion(ref, Relation.DESCRIBED_IN, paperRef, span.withRule("named-paper")));
                        break;
                    }
                }
                for (NameFinding finding : NameRules.fromTitle(title, primary.kind() != LinkKind.ARTICLE)) {
                    String ref = mentionFinding(finding, span.withRule(finding.rule()), entry.section());
                    if (ref == null || subjects.contains(ref)) {
                        continue;
                    }
                    subjects.add(ref);
                    if (paperRef != null) {
                        assertions.add(new Assertion(ref, Relation.DESCRIBED_IN, paperRef, span.withRule(finding.rule())));
                    }
                    if (repoRef != null) {
                        assertions.add(new Assertion(ref, Relation.HAS_CODE, repoRef, span.withRule("same-entry-code")));
                    }
                }
            }
            SourceSpan bodySpan = span(entry.body().line() > 0 ? entry.body().line() : entry.line(), description, "entry-description");
            LexiconMatch describedFirst = descriptionSubject(description);
            if (describedFirst != null && paperRef != null) {
                String ref = mentionName(describedFirst.entry(), describedFirst.surface(), bodySpan.withRule("description-subject"),
                        entry.section(), true);
                assertions.add(new Assertion(ref, Relation.DESCRIBED_IN, paperRef, bodySpan.withRule("description-subject")));
                if (!subjects.contains(ref)) {
                    subjects.add(ref);
                }
            }
            for (NameFinding finding : NameRules.fromDescription(description)) {
                String ref = mentionFinding(finding, bodySpan.withRule(finding.rule()), entry.section());
                if (ref != null && paperRef != null && finding.described()) {
                    assertions.add(new Assertion(ref, Relation.DESCRIBED_IN, paperRef, bodySpan.withRule(finding.rule())));
                    if (subjects.isEmpty()) {
                        subjects.add(ref);
                    }
                }
            }
            for (ClassifiedLink link : others) {
                otherEntryLink(entry, link, paperRef, subjects, span);
            }
            mentionMatches(title, entry.section(), span.withRule("title-mention"), false);
            List<LexiconMatch> described = mentionMatches(description, entry.section(), bodySpan.withRule("mention"), false);
            if (paperRef != null) {
                int introducing = RelationCues.introducingEnd(description);
                if (introducing >= 0) {
                    for (LexiconMatch match : described) {
                        if (match.start() >= introducing && match.start() < introducing + 80) {
                            assertions.add(new Assertion(Refs.name(match.entry().key()), Relation.DESCRIBED_IN, paperRef,
                                    bodySpan.withRule(RelationCues.PAPER_INTRODUCING)));
                        }
                    }
                }
            }
            String subject = subjects.isEmpty() ? null : subjects.get(0);
            derivations(title + ". " + description, subject, entry.section(), span);
            Set<String> found = new LinkedHashSet<>(modalities.find(title));
            found.addAll(modalitiesOfSection(entry.section()));
            for (String modality : found) {
                String modalityRef = mentionModality(modality, span.withRule("modality"), entry.section());
                if (paperRef != null) {
                    assertions.add(new Assertion(paperRef, Relation.HAS_MODALITY, modalityRef, span.withRule("modality-of-entry")));
                }
                for (String ref : subjects) {
                    assertions.add(new Assertion(ref, Relation.HAS_MODALITY, modalityRef, span.withRule("modality-of-entry")));
                }
            }
        }

        private void otherEntryLink(Entry entry, ClassifiedLink link, String paperRef, List<String> subjects, SourceSpan span) {
            switch (link.kind()) {
                case REPOSITORY -> {
                    String repo = mentionRepository(link, span.withRule("entry-repository"), entry.section());
                    if (paperRef != null) {
                        assertions.add(new Assertion(paperRef, Relation.HAS_CODE, repo, span.withRule("same-entry-code")));
                    } else {
                        for (String subject : subjects) {
                            assertions.add(new Assertion(subject, Relation.HAS_CODE, repo, span.withRule("same-entry-code")));
                        }
                    }
                }
                case PAPER -> paperInText(link, entry.section(), span.withRule("linked-paper"));
                case PAGE -> pageLink(entry.section(), link.url(), span.withRule("relative-link"));
                default -> { }
            }
        }

        // ---- prose: paragraphs and the text of entries ----

        void prose(Entry entry, InlineText text, String subject) {
            if (text.isBlank()) {
                return;
            }
            SourceSpan span = span(text.line() > 0 ? text.line() : entry.line(), text.text(), "mention");
            List<PlacedPaper> papers = new ArrayList<>();
            int[] places = LinkPlaces.of(text);
            for (int i = 0; i < places.length; i++) {
                Link raw = text.links().get(i);
                ClassifiedLink link = raw.image() ? null : LinkClassifier.classify(raw.text(), raw.url());
                switch (link == null ? LinkKind.IMAGE : link.kind()) {
                    case PAPER -> papers.add(new PlacedPaper(places[i], link,
                            paperInText(link, entry.section(), span.withRule("linked-paper"))));
                    case REPOSITORY -> mentionRepository(link, span.withRule("linked-repository"), entry.section());
                    case PAGE -> pageLink(entry.section(), link.url(), span.withRule("relative-link"));
                    default -> { }
                }
            }
            int nextPaper = 0;
            List<LexiconMatch> matches = mentionMatches(text.text(), entry.section(), span, false);
            for (String modality : modalities.findInProse(text.text())) {
                mentionModality(modality, span.withRule("modality-mention"), entry.section());
            }
            for (RelationCues.Sentence sentence : RelationCues.sentences(text.text())) {
                budget.check("recognising a sentence", span::line);
                SourceSpan sentenceSpan = span(span.line(), sentence.text(), "sentence");
                String sentenceSubject = subject;
                if (sentenceSubject == null && PRONOUN_START.matcher(sentence.text()).find()) {
                    sentenceSubject = topicRef;
                }
                List<LexiconMatch> inSentence = within(matches, sentence);
                derivations(sentence.text(), inSentence, sentenceSubject, entry.section(), sentenceSpan);
                int sentenceEnd = sentence.start() + sentence.text().length();
                int firstPaper = nextPaper;
                while (nextPaper < papers.size() && papers.get(nextPaper).at() < sentenceEnd) {
                    nextPaper++;
                }
                describedInSentence(sentence, inSentence, papers.subList(firstPaper, nextPaper), sentenceSpan);
                consistsOf(sentence, inSentence, sentenceSpan);
            }
        }

        /** A paper linked inside text; the link text may name what it describes. */
        private String paperInText(ClassifiedLink link, int section, SourceSpan span) {
            String text = LinkTitles.of(link.text());
            boolean plain = isPlainPaperLink(text) || NameRules.fromPaperLinkText(text).size() > 0;
            boolean titled = !plain && !isWordsOfASentence(text);
            String ref = mentionPaper(link, titled ? text : null, span, section, titled);
            for (NameFinding finding : NameRules.fromPaperLinkText(text)) {
                String named = mentionFinding(finding, span.withRule(NameRules.PAPER_FOR), section);
                if (named != null) {
                    assertions.add(new Assertion(named, Relation.DESCRIBED_IN, ref, span.withRule(NameRules.PAPER_FOR)));
                }
            }
            if (!plain) {
                topicOfTitle(text, ref, section, span);
                LexiconEntry whole = lexicon.lookup(text);
                String subjectOfPaper = NameRules.subjectOfNamePaper(text);
                if (whole != null) {
                    assertions.add(new Assertion(Refs.name(whole.key()), Relation.DESCRIBED_IN, ref, span.withRule("name-links-paper")));
                } else if (subjectOfPaper != null) {
                    for (LexiconMatch match : lexicon.find(subjectOfPaper)) {
                        mentionName(match.entry(), match.surface(), span, section, false);
                        assertions.add(new Assertion(Refs.name(match.entry().key()), Relation.DESCRIBED_IN, ref,
                                span.withRule("named-paper")));
                        break;
                    }
                }
            }
            return ref;
        }

        /**
         * A title that opens with a known name followed by a colon, a bracket or a linking word names
         * it: "Code Llama: Open Foundation Models", "Attention Is All You Need", "Mixtral of Experts".
         */
        private LexiconMatch knownNameOpening(String title) {
            List<LexiconMatch> matches = lexicon.find(title);
            if (matches.isEmpty() || matches.get(0).start() != 0 || matches.get(0).entry().kind() == NodeKind.MODALITY) {
                return null;
            }
            String after = title.substring(matches.get(0).end());
            return TITLE_NAME_FOLLOWER.matcher(after).lookingAt() ? matches.get(0) : null;
        }

        /**
         * The model a description opens with, or introduces first: "GPT-3, 175B parameters",
         * "Introduces CLIP", "The paper behind Stable Diffusion".
         */
        private LexiconMatch descriptionSubject(String description) {
            String text = description.strip();
            Matcher verb = DESCRIPTION_VERB.matcher(text);
            int at = verb.lookingAt() ? verb.end() : 0;
            for (LexiconMatch match : lexicon.find(text)) {
                if (match.start() == at && (at > 0 ? match.entry().kind() != NodeKind.MODALITY : match.entry().kind() == NodeKind.MODEL)) {
                    return match;
                }
                if (match.start() > at) {
                    break;
                }
            }
            return null;
        }

        /** "On Layer Normalization in the Transformer Architecture" describes Layer normalization. */
        private void topicOfTitle(String title, String paperRef, int section, SourceSpan span) {
            Matcher topic = TOPIC_TITLE.matcher(title);
            if (!topic.find()) {
                return;
            }
            for (LexiconMatch match : lexicon.find(title)) {
                if (match.start() == topic.end()) {
                    mentionName(match.entry(), match.surface(), span, section, false);
                    assertions.add(new Assertion(Refs.name(match.entry().key()), Relation.DESCRIBED_IN, paperRef,
                            span.withRule("title-topic")));
                }
            }
        }

        private void derivations(String text, String subject, int section, SourceSpan span) {
            derivations(text, lexicon.find(text), subject, section, span);
        }

        private void derivations(String text, List<LexiconMatch> all, String subject, int section, SourceSpan span) {
            for (RelationCues.Sentence sentence : RelationCues.sentences(text)) {
                SentenceMatches matches = new SentenceMatches(within(all, sentence));
                for (RelationCues.Cue cue : RelationCues.derivationCues(sentence.text())) {
                    LexiconMatch object = matches.firstStartingAt(cue.end());
                    if (object == null || object.start() > cue.end() + OBJECT_GAP) {
                        continue;
                    }
                    String from = subject;
                    LexiconMatch before = subject == null ? matches.lastNamingBefore(cue.start()) : matches.lastModelBefore(cue.start());
                    if (before != null && (subject == null || cue.start() - before.end() <= NEAR_SUBJECT)) {
                        from = Refs.name(before.entry().key());
                    }
                    addDerivation(from, object, section, span.withRule(RelationCues.BUILDS_ON));
                }
                if (subject != null) {
                    for (LexiconMatch match : matches.all()) {
                        if (RelationCues.tuningFollows(sentence.text(), match.end()) && match.entry().kind() == NodeKind.MODEL) {
                            addDerivation(subject, match, section, span.withRule(RelationCues.TUNING_OF));
                        } else if (RelationCues.basedFollows(sentence.text(), match.end())) {
                            addDerivation(subject, match, section, span.withRule(RelationCues.NAME_BASED));
                        }
                    }
                }
            }
        }

        /** A paper linked in a text: where its link text sits, the link, and the paper's reference. */
        private record PlacedPaper(int at, ClassifiedLink link, String ref) {}

        /**
         * The matches inside a sentence, with offsets relative to the sentence. Matches come in text
         * order without overlaps, so the sentence's are found by a binary search, not a scan of the text's.
         */
        private static List<LexiconMatch> within(List<LexiconMatch> matches, RelationCues.Sentence sentence) {
            List<LexiconMatch> inside = new ArrayList<>();
            int end = sentence.start() + sentence.text().length();
            for (int i = SentenceMatches.firstStartingAt(matches, sentence.start()); i < matches.size(); i++) {
                LexiconMatch m = matches.get(i);
                if (m.start() >= end) {
                    break;
                }
                if (m.end() <= end) {
                    inside.add(new LexiconMatch(m.entry(), m.surface(), m.start() - sentence.start(), m.end() - sentence.start()));
                }
            }
            return inside;
        }

        private void addDerivation(String from, LexiconMatch object, int section, SourceSpan span) {
            String to = Refs.name(object.entry().key());
            if (from != null && !from.equals(to)) {
                mentionName(object.entry(), object.surface(), span, section, false);
                assertions.add(new Assertion(from, Relation.BUILDS_ON, to, span));
            }
        }

        /**
         * {@code matches}: the sentence's, with offsets relative to it; {@code papers}: the papers
         * linked in it or before it and after the previous sentence (those placed nowhere, too).
         */
        private void describedInSentence(RelationCues.Sentence sentence, List<LexiconMatch> matches,
                                         List<PlacedPaper> papers, SourceSpan span) {
            if (papers.isEmpty() || !RelationCues.saysDescribedIn(sentence.text())) {
                return;
            }
            Set<ClassifiedLink> seen = new HashSet<>();
            for (PlacedPaper paper : papers) {
                int at = paper.at() - sentence.start();
                if (at < 0 || !seen.add(paper.link())) {
                    continue;
                }
                int linkEnd = at + paper.link().text().length();
                for (LexiconMatch match : matches) {
                    if (match.start() >= linkEnd || match.end() <= at) {
                        assertions.add(new Assertion(Refs.name(match.entry().key()), Relation.DESCRIBED_IN, paper.ref(),
                                span.withRule(RelationCues.DESCRIBED_IN_SENTENCE)));
                        break;
                    }
                }
            }
        }

        /** {@code matches}: the sentence's, with offsets relative to it. */
        private void consistsOf(RelationCues.Sentence sentence, List<LexiconMatch> matches, SourceSpan span) {
            int cue = RelationCues.consistsOfEnd(sentence.text());
            if (cue < 0) {
                return;
            }
            String whole = null;
            for (LexiconMatch match : matches) {
                if (match.start() < cue && match.entry().kind() != NodeKind.MODALITY) {
                    whole = Refs.name(match.entry().key());
                }
            }
            if (whole == null) {
                return;
            }
            for (LexiconMatch match : matches) {
                if (match.start() >= cue && match.entry().kind() == NodeKind.CONCEPT) {
                    assertions.add(new Assertion(Refs.name(match.entry().key()), Relation.COMPONENT_OF, whole,
                            span.withRule(RelationCues.CONSISTS_OF)));
                }
            }
        }

        // ---- mentions ----

        private List<LexiconMatch> mentionMatches(String text, int section, SourceSpan span, boolean naming) {
            List<LexiconMatch> matches = lexicon.find(text);
            for (LexiconMatch match : matches) {
                mentionName(match.entry(), match.surface(), span, section, naming);
            }
            return matches;
        }

        private String mentionFinding(NameFinding finding, SourceSpan span, int section) {
            LexiconEntry entry = lexicon.lookup(finding.name());
            for (int i = 0; entry == null && i < finding.aliases().size(); i++) {
                entry = lexicon.lookup(finding.aliases().get(i));
            }
            if (entry == null) {
                return null;
            }
            String ref = mentionName(entry, finding.name(), span, section, true);
            for (String alias : finding.aliases()) {
                mentions.add(new Mention(ref, entry.kind(), alias, Map.of(), span, section, true));
            }
            return ref;
        }

        private String mentionName(LexiconEntry entry, String surface, SourceSpan span, int section, boolean naming) {
            String ref = Refs.name(entry.key());
            mentions.add(new Mention(ref, entry.kind(), surface.strip(), Map.of(), span, section, naming));
            return ref;
        }

        private String mentionPaper(ClassifiedLink link, String title, SourceSpan span, int section, boolean naming) {
            String ref = Refs.paper(link);
            Map<Attribute, String> attributes = new EnumMap<>(Attribute.class);
            attributes.put(Attribute.URL, link.url());
            if (link.arxivId() != null) {
                attributes.put(Attribute.ARXIV_ID, link.arxivId());
            }
            if (link.year() > 0) {
                attributes.put(Attribute.YEAR, Integer.toString(link.year()));
            }
            String name = title == null || title.isBlank() ? "" : Names.displayForm(title).equals(title) ? title : title;
            mentions.add(new Mention(ref, NodeKind.PAPER, name, attributes, span, section, naming && !name.isEmpty()));
            return ref;
        }

        private String mentionRepository(ClassifiedLink link, SourceSpan span, int section) {
            String ref = Refs.repository(link);
            mentions.add(new Mention(ref, NodeKind.REPOSITORY, link.repositoryLabel(), Map.of(Attribute.URL, link.url()),
                    span, section, true));
            return ref;
        }

        private void mentionArticle(ClassifiedLink link, String title, SourceSpan span, int section) {
            mentions.add(new Mention(Refs.article(link), NodeKind.ARTICLE, title, Map.of(Attribute.URL, link.url()),
                    span, section, true));
        }

        private String mentionModality(String iri, SourceSpan span, int section) {
            String ref = Refs.modality(iri);
            mentions.add(new Mention(ref, NodeKind.MODALITY, modalities.label(iri), Map.of(), span, section, true));
            return ref;
        }

        // ---- page structure ----

        void pageLink(int section, String target, SourceSpan span) {
            pageLinks.add(new PageFindings.PageLink(section, target, span));
        }

        private Set<String> modalitiesOfSection(int section) {
            for (int s = section; s >= 0; s = page.sections().get(s).parent()) {
                Set<String> found = sectionModalities.get(s);
                if (found != null && !found.isEmpty()) {
                    return found;
                }
            }
            return Set.of();
        }

        private String componentTarget(int section) {
            for (int s = section; s >= 0; s = page.sections().get(s).parent()) {
                String target = componentTargets.get(s);
                if (target != null) {
                    return target;
                }
            }
            return null;
        }

        private SourceSpan span(int line, String text, String rule) {
            return new SourceSpan(page.path(), Math.max(1, line), abbreviate(text, SPAN_LIMIT), rule);
        }
    }

    // ---- link helpers ----

    private static List<ClassifiedLink> classify(List<Link> links) {
        List<ClassifiedLink> out = new ArrayList<>();
        for (Link link : links) {
            if (!link.image()) {
                ClassifiedLink classified = LinkClassifier.classify(link.text(), link.url());
                if (classified.kind() != LinkKind.IMAGE && classified.kind() != LinkKind.NONE) {
                    out.add(classified);
                }
            }
        }
        return out;
    }

    /** The link an entry is about: the first link, when the entry's text starts with it. */
    private static ClassifiedLink primaryLink(InlineText head, List<ClassifiedLink> links) {
        if (links.isEmpty()) {
            return null;
        }
        ClassifiedLink first = links.get(0);
        String text = head.text().strip();
        int at = first.text().isEmpty() ? -1 : text.indexOf(first.text());
        if (at < 0 || at > 3 || first.kind() == LinkKind.ANCHOR || NameRules.isGeneric(first.text())) {
            return null;
        }
        return first;
    }

    private static boolean isEntityLink(LinkKind kind) {
        return kind == LinkKind.PAPER || kind == LinkKind.REPOSITORY || kind == LinkKind.ARTICLE;
    }

    /** "also possible", "this work": a few lower-case words of a sentence, not a title. */
    static boolean isWordsOfASentence(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.charAt(0)) && Names.words(text).length <= 3
                && !Names.isDistinctiveToken(Names.words(text).length == 0 ? text : Names.words(text)[0]);
    }

    /** "Paper", "arXiv", "[pdf]": a link that names no title of its own. */
    static boolean isPlainPaperLink(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.isEmpty() || NameRules.isGeneric(text) || lower.matches("(?:the\\s+)?(?:paper|arxiv|pdf|preprint)(?:\\s.*)?")
                && Names.words(lower).length <= 2;
    }

    static String abbreviate(String text, int limit) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= limit ? flat : flat.substring(0, limit - 1) + "…";
    }
}
