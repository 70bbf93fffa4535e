package org.genaikg.extractor.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.extractor.parse.SectionId;
import org.genaikg.ontology.ExtractionRule;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;

/**
 * The relations family: what sentences state between known names, read from the cues of
 * {@link RelationCues}: "X is based on Y", "Y is distilled into X" (buildsOn), "X was introduced in [paper]" (describedIn),
 * "X consists of Y and Z" (componentOf).
 */
final class RelationSentences {
    /** A name this close before "a tuning of" is what the phrase speaks of ("Guanaco, a tuning of LLaMA"). */
    private static final int NEAR_SUBJECT = 40;
    /** "extends far beyond image generation" is no derivation: the derived-from name follows the phrase at once. */
    private static final int OBJECT_GAP = 2;

    private final Lexicon lexicon;
    private final PageFacts facts;

    RelationSentences(Lexicon lexicon, PageFacts facts) {
        this.lexicon = lexicon;
        this.facts = facts;
    }

    /** The derivations a text states; {@code subject} is what the text is about, or null. */
    void derivations(String text, Ref subject, SectionId section, PageFacts.Place place) {
        derivations(text, lexicon.find(text), subject, section, place);
    }

    /** As {@link #derivations(String, Ref, SectionId, PageFacts.Place)} with the known names of the text found already. */
    void derivations(String text, List<LexiconMatch> all, Ref subject, SectionId section, PageFacts.Place place) {
        for (RelationCues.Sentence sentence : RelationCues.sentences(text)) {
            SentenceMatches matches = new SentenceMatches(within(all, sentence));
            for (RelationCues.Cue cue : RelationCues.derivationCues(sentence.text())) {
                LexiconMatch object = matches.firstStartingAt(cue.end());
                if (object == null || object.start() > cue.end() + OBJECT_GAP) {
                    continue;
                }
                Ref from = subject;
                LexiconMatch before = subject == null ? matches.lastNamingBefore(cue.start()) : matches.lastModelBefore(cue.start());
                if (before != null && (subject == null || cue.start() - before.end() <= NEAR_SUBJECT)) {
                    from = Ref.name(before.entry().key());
                }
                addDerivation(from, object, section, place.by(ExtractionRule.BUILDS_ON_PHRASE));
            }
            for (RelationCues.Cue cue : RelationCues.distilledIntoCues(sentence.text())) {
                LexiconMatch student = matches.firstStartingAt(cue.end());
                LexiconMatch teacher = matches.lastModelBefore(cue.start());
                if (student != null && student.start() <= cue.end() + OBJECT_GAP && student.entry().kind() == NodeKind.MODEL
                        && teacher != null && cue.start() - teacher.end() <= NEAR_SUBJECT) {
                    addDerivation(Ref.name(student.entry().key()), teacher, section, place.by(ExtractionRule.DISTILLED_INTO));
                }
            }
            if (subject != null) {
                for (LexiconMatch match : matches.all()) {
                    if (RelationCues.tuningFollows(sentence.text(), match.end()) && match.entry().kind() == NodeKind.MODEL) {
                        addDerivation(subject, match, section, place.by(ExtractionRule.TUNING_OF_NAME));
                    } else if (RelationCues.basedFollows(sentence.text(), match.end())) {
                        addDerivation(subject, match, section, place.by(ExtractionRule.NAME_BASED));
                    }
                }
            }
        }
    }

    /**
     * The matches inside a sentence, with offsets relative to the sentence. Matches come in text
     * order without overlaps, so the sentence's are found by a binary search, not a scan of the text's.
     */
    static List<LexiconMatch> within(List<LexiconMatch> matches, RelationCues.Sentence sentence) {
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

    private void addDerivation(Ref from, LexiconMatch object, SectionId section, SourceSpan span) {
        Ref to = Ref.name(object.entry().key());
        if (from != null && !from.equals(to)) {
            facts.name(object.entry(), object.surface(), span, section, false);
            facts.relate(from, Relation.BUILDS_ON, to, span);
        }
    }

    /**
     * "X was introduced in [paper]": the name nearest the link, before or after it, is describedIn the
     * paper. {@code matches}: the sentence's, with offsets relative to it; {@code papers}: the papers
     * linked in it or before it and after the previous sentence (those placed nowhere, too).
     */
    void describedIn(RelationCues.Sentence sentence, List<LexiconMatch> matches, List<PlacedPaper> papers,
                     PageFacts.Place place) {
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
                    facts.relate(Ref.name(match.entry().key()), Relation.DESCRIBED_IN, paper.ref(),
                            place.by(ExtractionRule.DESCRIBED_IN_SENTENCE));
                    break;
                }
            }
        }
    }

    /** "X is a kind of Y", "X, a type of Y": the last concept before the cue is a kind of the first concept after it. */
    void kindOf(RelationCues.Sentence sentence, List<LexiconMatch> matches, PageFacts.Place place) {
        int[] cue = RelationCues.kindOf(sentence.text());
        if (cue == null) {
            return;
        }
        LexiconMatch kind = null;
        LexiconMatch whole = null;
        for (LexiconMatch match : matches) {
            if (match.end() <= cue[0]) {
                kind = match;
            } else if (match.start() >= cue[1] && whole == null) {
                whole = match;
            }
        }
        // the kind right after the cue: in "a class of models that combine RNNs" RNNs are no kind of it
        boolean adjacent = whole != null
                && sentence.text().substring(cue[1], whole.start()).matches("(?i)\\s*(?:the\\s+)?");
        if (kind != null && adjacent && kind.entry().kind() == NodeKind.CONCEPT && whole.entry().kind() == NodeKind.CONCEPT
                && !kind.entry().key().equals(whole.entry().key())) {
            facts.relate(Ref.name(kind.entry().key()), Relation.KIND_OF, Ref.name(whole.entry().key()), place.by(ExtractionRule.KIND_OF_PHRASE));
        }
    }

    /**
     * "Softmax is an activation function", "GQA, an attention variant of ...": the concept that begins
     * the sentence is a kind of the concept right after the article (and at most two modifiers), when
     * that concept ends the phrase ("a fine-tuning dataset" names no kind of fine-tuning).
     */
    void isA(RelationCues.Sentence sentence, List<LexiconMatch> matches, PageFacts.Place place) {
        if (matches.size() < 2 || matches.get(0).entry().kind() != NodeKind.CONCEPT) {
            return;
        }
        LexiconMatch kind = matches.get(0);
        LexiconMatch whole = matches.get(1);
        if (whole.entry().kind() == NodeKind.CONCEPT
                && RelationCues.isA(sentence.text(), kind.start(), kind.end(), whole.start())
                && !kind.entry().key().equals(whole.entry().key())
                && RelationCues.isAClassEnds(sentence.text(), whole.end())) {
            facts.relate(Ref.name(kind.entry().key()), Relation.KIND_OF, Ref.name(whole.entry().key()), place.by(ExtractionRule.IS_A_CONCEPT));
        }
    }

    /** "X consists of Y and Z": each concept after the cue is componentOf the last name before it. {@code matches}: the sentence's. */
    void consistsOf(RelationCues.Sentence sentence, List<LexiconMatch> matches, PageFacts.Place place) {
        int cue = RelationCues.consistsOfEnd(sentence.text());
        if (cue < 0) {
            return;
        }
        Ref whole = null;
        for (LexiconMatch match : matches) {
            if (match.start() < cue && match.entry().kind() != NodeKind.MODALITY) {
                whole = Ref.name(match.entry().key());
            }
        }
        if (whole == null) {
            return;
        }
        for (LexiconMatch match : matches) {
            if (match.start() >= cue && match.entry().kind() == NodeKind.CONCEPT) {
                facts.relate(Ref.name(match.entry().key()), Relation.COMPONENT_OF, whole, place.by(ExtractionRule.CONSISTS_OF));
            }
        }
    }
}
