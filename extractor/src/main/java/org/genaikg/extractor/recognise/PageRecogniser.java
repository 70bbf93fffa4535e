package org.genaikg.extractor.recognise;

import java.util.List;
import org.genaikg.extractor.budget.PageTimeBudget;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.extractor.parse.Entry;
import org.genaikg.extractor.parse.EntryKind;
import org.genaikg.extractor.parse.Page;
import org.genaikg.extractor.parse.SectionId;
import org.genaikg.ontology.ExtractionRule;

/**
 * Reads one parsed page with the corpus lexicon: the papers, articles, repositories, models,
 * concepts and modalities it names, and the relations its entries and sentences state. Each kind
 * of block goes to its rule family: headings to {@link HeadingNames}, entries titled by a link to
 * {@link TitledEntries}, list items and table rows to {@link ListTerms} and {@link TableRows},
 * running text to {@link Prose}. Stateless between pages; one instance serves all threads.
 */
public final class PageRecogniser {
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
        return recognise(page, budget, lexicon);
    }

    /** A page's findings and the questions recognising it asked the lexicon. */
    public record Recognition(PageFindings findings, LexiconUse lexiconUse) {}

    /** As {@link #recognise(Page, PageTimeBudget)}, noting what it asked the lexicon (so the findings can outlive a lexicon change). */
    public Recognition recogniseNotingLexiconUse(Page page, PageTimeBudget budget) {
        LexiconUse.Recorder recorder = new LexiconUse.Recorder();
        PageFindings findings = recognise(page, budget, lexicon.recordingInto(recorder));
        return new Recognition(findings, recorder.use());
    }

    private PageFindings recognise(Page page, PageTimeBudget budget, Lexicon lexicon) {
        Reading reading = new Reading(page, budget, lexicon);
        try {
            for (Entry entry : page.entries()) {
                budget.check("recognising the entry", entry::line);
                switch (entry.kind()) {
                    case HEADING -> reading.heading(entry);
                    case ADMONITION, LIST_ITEM, TABLE_ROW -> reading.entry(entry);
                    case PARAGRAPH -> reading.prose.read(entry, entry.head());
                }
            }
            page.includes().forEach(include -> reading.facts.pageLink(SectionId.TOP, include.target(),
                    new SourceSpan(page.path(), include.line(), "include " + include.target(), ExtractionRule.INCLUDE)));
        } catch (PageTimeBudget.Exceeded cut) {
            reading.facts.cut(cut);
        }
        return reading.facts.findings();
    }

    /** The rule families reading one page, sharing what they found; never shared between threads. */
    private final class Reading {
        private final Lexicon lexicon;
        private final PageFacts facts;
        private final HeadingNames headings;
        private final ListTerms lists;
        private final TableRows tables;
        private final UnlinkedPapers unlinkedPapers;
        private final TitledEntries titledEntries;
        private final CardLists cards;
        private final Prose prose;

        Reading(Page page, PageTimeBudget budget, Lexicon lexicon) {
            this.lexicon = lexicon;
            facts = new PageFacts(page, lexicon, modalities);
            PageSections sections = new PageSections(page, lexicon, modalities);
            LinkedPapers papers = new LinkedPapers(lexicon, facts);
            RelationSentences relations = new RelationSentences(lexicon, facts);
            headings = new HeadingNames(lexicon, facts, sections);
            lists = new ListTerms(lexicon, facts, sections);
            tables = new TableRows(facts, papers);
            unlinkedPapers = new UnlinkedPapers(facts);
            titledEntries = new TitledEntries(lexicon, modalities, facts, sections, papers, relations);
            cards = new CardLists(lexicon, modalities, facts, sections);
            prose = new Prose(modalities, facts, sections, papers, relations, budget);
        }

        void heading(Entry entry) {
            headings.read(entry);
            lists.afterHeading();
        }

        /** An admonition, list item or table row; one that should have named something and did not is a problem. */
        void entry(Entry entry) {
            int before = facts.seen();
            List<ClassifiedLink> headLinks = EntryLinks.classify(entry.head().links());
            List<ClassifiedLink> bodyLinks = EntryLinks.classify(entry.body().links());
            ClassifiedLink primary = EntryLinks.primaryLink(entry.head(), headLinks);
            if (primary == null) {
                untitledEntry(entry);
            } else {
                titledEntries.read(entry, primary, headLinks, bodyLinks);
            }
            boolean carriesLink = headLinks.stream().anyMatch(l -> EntryLinks.isEntityLink(l.kind()))
                    || bodyLinks.stream().anyMatch(l -> EntryLinks.isEntityLink(l.kind()));
            if (facts.seen() == before && (entry.kind() == EntryKind.ADMONITION || carriesLink)) {
                facts.emptyEntry(entry);
            }
        }

        /** An entry not titled by a link: a list item's lead term, a table row, an admonition's title, then its text. */
        private void untitledEntry(Entry entry) {
            if (entry.kind() == EntryKind.LIST_ITEM || entry.kind() == EntryKind.TABLE_ROW) {
                Ref named = lists.read(entry);
                if (named != null && entry.kind() == EntryKind.TABLE_ROW) {
                    tables.read(entry, named);
                }
            } else if (entry.kind() == EntryKind.ADMONITION && UnlinkedPapers.titles(entry)) {
                unlinkedPapers.read(entry);
            } else if (entry.kind() == EntryKind.ADMONITION && !entry.head().isBlank()) {
                cards.read(entry);
                LexiconEntry named = HeadingNames.lookup(lexicon, entry.head().text());
                if (named != null) {
                    facts.name(named, entry.head().text(), facts.span(entry.line(), entry.head().text(), ExtractionRule.ADMONITION_TITLE),
                            entry.section(), true);
                }
            }
            prose.read(entry, entry.head());
            if (!entry.body().isBlank()) {
                prose.read(entry, entry.body());
            }
        }
    }
}
