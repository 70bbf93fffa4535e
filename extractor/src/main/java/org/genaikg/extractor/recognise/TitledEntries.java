package org.genaikg.extractor.recognise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.extractor.parse.Entry;
import org.genaikg.ontology.ExtractionRule;
import org.genaikg.ontology.Relation;

/**
 * The entries family: an admonition or list item whose title is a link ({@code ??? tip "[Title](url)
 * note"}). The link names the entry's paper, repository, web page or page of the knowledge base;
 * a plain [Paper] link in its body is its paper; its title and description name what it is about,
 * which is described in the paper, has the repository as code, and has the modalities the title and
 * the section's heading name.
 */
final class TitledEntries {
    private final ModalityFinder modalities;
    private final PageFacts facts;
    private final PageSections sections;
    private final LinkedPapers papers;
    private final EntryTitles titles;
    private final EntryDescriptions descriptions;
    private final RelationSentences relations;

    TitledEntries(Lexicon lexicon, ModalityFinder modalities, PageFacts facts, PageSections sections, LinkedPapers papers,
                  RelationSentences relations) {
        this.modalities = modalities;
        this.facts = facts;
        this.sections = sections;
        this.papers = papers;
        this.titles = new EntryTitles(lexicon, facts);
        this.descriptions = new EntryDescriptions(lexicon, facts);
        this.relations = relations;
    }

    void read(Entry entry, ClassifiedLink primary, List<ClassifiedLink> headLinks, List<ClassifiedLink> bodyLinks) {
        String title = LinkTitles.of(primary.text());
        if (title.contains("://") || title.startsWith("www.")) {
            title = "";
        }
        String headText = entry.head().text();
        int titleAt = headText.indexOf(primary.text());
        String rest = titleAt >= 0 ? headText.substring(titleAt + primary.text().length()) : headText;
        String description = (rest + "\n" + entry.body().text()).strip();
        SourceSpan span = facts.span(entry.line(), headText, ExtractionRule.ENTRY_TITLE);
        List<ClassifiedLink> others = new ArrayList<>(headLinks);
        others.addAll(bodyLinks);
        others.remove(primary);

        ClassifiedLink paperLink = primary.kind() == LinkKind.PAPER ? primary : null;
        if (paperLink == null && primary.kind() != LinkKind.PAGE) {
            for (ClassifiedLink link : others) {
                if (link.kind() == LinkKind.PAPER && EntryLinks.isPlainPaperLink(link.text())) {
                    paperLink = link;
                    break;
                }
            }
            others.remove(paperLink);
        }
        Ref paperRef = null;
        if (paperLink != null) {
            paperRef = facts.paper(paperLink, title, span.withRule(ExtractionRule.ENTRY_PAPER), entry.section(), true);
            papers.topicOfTitle(title, paperRef, entry.section(), span);
        }
        Ref repoRef = null;
        if (primary.kind() == LinkKind.REPOSITORY) {
            repoRef = facts.repository(primary, span.withRule(ExtractionRule.ENTRY_REPOSITORY), entry.section());
            if (paperRef != null) {
                facts.relate(paperRef, Relation.HAS_CODE, repoRef, span.withRule(ExtractionRule.SAME_ENTRY_CODE));
            }
        } else if (primary.kind() == LinkKind.ARTICLE && paperRef == null) {
            facts.article(primary, title, span.withRule(ExtractionRule.ENTRY_ARTICLE), entry.section());
        } else if (primary.kind() == LinkKind.PAGE) {
            facts.pageLink(entry.section(), primary.url(), span.withRule(ExtractionRule.RELATIVE_LINK));
        }

        List<Ref> subjects = new ArrayList<>();
        if (primary.kind() != LinkKind.PAGE && primary.kind() != LinkKind.ANCHOR) {
            titles.read(primary.kind(), title, span, entry.section(), paperRef, repoRef, subjects);
        }
        PageFacts.Place body = facts.place(entry.body().line() > 0 ? entry.body().line() : entry.line(), description);
        descriptions.read(description, body, entry.section(), paperRef, subjects);
        long bodyPapers = others.stream().filter(link -> link.kind() == LinkKind.PAPER).count();
        for (ClassifiedLink link : others) {
            Ref linked = otherLink(entry, link, paperRef, subjects, span);
            if (linked != null && link.kind() == LinkKind.PAPER && paperRef == null && bodyPapers == 1) {
                // the one paper of an entry titled by a web page or repository describes what the title names
                for (Ref subject : subjects) {
                    facts.relate(subject, Relation.DESCRIBED_IN, linked, span.withRule(ExtractionRule.BODY_PAPER));
                }
            }
        }
        facts.knownNames(title, entry.section(), span.withRule(ExtractionRule.TITLE_MENTION), false);
        List<LexiconMatch> described = facts.knownNames(description, entry.section(), body.by(ExtractionRule.MENTION), false);
        if (paperRef != null) {
            descriptions.introduced(description, described, paperRef, body);
        }
        Ref subject = subjects.isEmpty() ? null : subjects.get(0);
        relations.derivations(title + ". " + description, subject, entry.section(), facts.place(entry.line(), headText));
        Set<String> found = new LinkedHashSet<>(modalities.find(title));
        found.addAll(sections.modalitiesOf(entry.section()));
        for (String modality : found) {
            Ref modalityRef = facts.modality(modality, span.withRule(ExtractionRule.MODALITY), entry.section());
            if (paperRef != null) {
                facts.relate(paperRef, Relation.HAS_MODALITY, modalityRef, span.withRule(ExtractionRule.MODALITY_OF_ENTRY));
            }
            for (Ref ref : subjects) {
                facts.relate(ref, Relation.HAS_MODALITY, modalityRef, span.withRule(ExtractionRule.MODALITY_OF_ENTRY));
            }
        }
    }

    /**
     * Another link of the entry: a repository is the code of its paper (or of its names), a paper is linked, a web
     * page (an announcement, a blog post) is an Article. Returns the paper or repository, or null.
     */
    private Ref otherLink(Entry entry, ClassifiedLink link, Ref paperRef, List<Ref> subjects, SourceSpan span) {
        switch (link.kind()) {
            case REPOSITORY -> {
                Ref repo = facts.repository(link, span.withRule(ExtractionRule.ENTRY_REPOSITORY), entry.section());
                if (paperRef != null) {
                    facts.relate(paperRef, Relation.HAS_CODE, repo, span.withRule(ExtractionRule.SAME_ENTRY_CODE));
                } else {
                    for (Ref subject : subjects) {
                        facts.relate(subject, Relation.HAS_CODE, repo, span.withRule(ExtractionRule.SAME_ENTRY_CODE));
                    }
                }
                return repo;
            }
            case PAPER -> {
                return papers.read(link, entry.section(), span.withRule(ExtractionRule.LINKED_PAPER));
            }
            case ARTICLE -> {
                if (EntryLinks.isWrittenPage(link) && !NameClassifier.sectionListsSoftware(sections.page(), entry.section())) {
                    facts.article(link, LinkTitles.of(link.text()), span.withRule(ExtractionRule.LINKED_ARTICLE), entry.section());
                }
            }
            case PAGE -> facts.pageLink(entry.section(), link.url(), span.withRule(ExtractionRule.RELATIVE_LINK));
            default -> { }
        }
        return null;
    }
}
