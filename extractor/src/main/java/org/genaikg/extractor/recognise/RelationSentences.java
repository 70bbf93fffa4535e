package org.genaikg.extractor.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.extractor.parse.SectionId;
import org.genaikg.ontology.ExtractionRule;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;

/**
 * The relations family: what sentences state between known names, read from the cues of
 * {@link RelationCues}: "X is based on Y" (buildsOn), "X was introduced in [paper]" (describedIn),
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
            List<LexiconMatch> matches = within(all, sentence);
            for (int cueEnd : RelationCues.derivationCueEnds(sentence.text())) {
                int cueStart = RelationCues.derivationCueStart(sentence.text(), cueEnd);
                LexiconMatch object = null;
                for (LexiconMatch match : matches) {
                    if (match.start() >= cueEnd && match.start() <= cueEnd + OBJECT_GAP) {
                        object = match;
                        break;
                    }
                }
                if (object == null) {
                    continue;
                }
                Ref from = subject;
                for (LexiconMatch match : matches) {
                    boolean near = cueStart - match.end() <= NEAR_SUBJECT;
                    boolean namesAModel = match.entry().kind() == NodeKind.MODEL;
                    if (match.end() <= cueStart && (subject == null || near && namesAModel)
                            && match.entry().kind() != NodeKind.MODALITY) {
                        from = Ref.name(match.entry().key());
                    }
                }
                addDerivation(from, object, section, place.by(ExtractionRule.BUILDS_ON_PHRASE));
            }
            if (subject != null) {
                for (LexiconMatch match : matches) {
                    String after = sentence.text().substring(match.end());
                    if (RelationCues.tuningFollows(after) && match.entry().kind() == NodeKind.MODEL) {
                        addDerivation(subject, match, section, place.by(ExtractionRule.TUNING_OF_NAME));
                    } else if (RelationCues.basedFollows(after)) {
                        addDerivation(subject, match, section, place.by(ExtractionRule.NAME_BASED));
                    }
                }
            }
        }
    }

    /** The matches inside a sentence, with offsets relative to the sentence. */
    static List<LexiconMatch> within(List<LexiconMatch> matches, RelationCues.Sentence sentence) {
        List<LexiconMatch> inside = new ArrayList<>();
        int end = sentence.start() + sentence.text().length();
        for (LexiconMatch m : matches) {
            if (m.start() >= sentence.start() && m.end() <= end) {
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

    /** "X was introduced in [paper]": the name nearest the link, before or after it, is describedIn the paper. */
    void describedIn(RelationCues.Sentence sentence, List<LexiconMatch> matches, Map<ClassifiedLink, Ref> papers,
                     PageFacts.Place place) {
        if (papers.isEmpty() || !RelationCues.saysDescribedIn(sentence.text())) {
            return;
        }
        for (Map.Entry<ClassifiedLink, Ref> paper : papers.entrySet()) {
            int at = sentence.text().indexOf(paper.getKey().text());
            if (at < 0) {
                continue;
            }
            int linkEnd = at + paper.getKey().text().length();
            for (LexiconMatch match : matches) {
                int start = match.start() - sentence.start();
                if (start >= 0 && start < sentence.text().length() && (start >= linkEnd || match.end() - sentence.start() <= at)) {
                    facts.relate(Ref.name(match.entry().key()), Relation.DESCRIBED_IN, paper.getValue(),
                            place.by(ExtractionRule.DESCRIBED_IN_SENTENCE));
                    break;
                }
            }
        }
    }

    /** "X consists of Y and Z": each concept after the cue is componentOf the last name before it. */
    void consistsOf(RelationCues.Sentence sentence, List<LexiconMatch> matches, PageFacts.Place place) {
        int cue = RelationCues.consistsOfEnd(sentence.text());
        if (cue < 0) {
            return;
        }
        Ref whole = null;
        for (LexiconMatch match : matches) {
            int start = match.start() - sentence.start();
            if (start >= 0 && start < cue && match.entry().kind() != NodeKind.MODALITY) {
                whole = Ref.name(match.entry().key());
            }
        }
        if (whole == null) {
            return;
        }
        for (LexiconMatch match : matches) {
            int start = match.start() - sentence.start();
            if (start >= cue && start < sentence.text().length() && match.entry().kind() == NodeKind.CONCEPT) {
                facts.relate(Ref.name(match.entry().key()), Relation.COMPONENT_OF, whole, place.by(ExtractionRule.CONSISTS_OF));
            }
        }
    }
}
