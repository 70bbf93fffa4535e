package org.genaikg.extractor.recognise;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaikg.extractor.parse.SectionId;
import org.genaikg.ontology.ExtractionRule;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;

/**
 * What an entry's description (the text after its title link, and its body) says of the entry's
 * paper: the model it opens with or introduces ("Introduces CLIP"), the names it presents ("we
 * present X", "Long Name (ACRO)"), and the names right after "paper introducing".
 */
final class EntryDescriptions {
    private static final Pattern DESCRIPTION_VERB = Pattern.compile(
            "(?i)(?:introduces|introducing|describes|presents|proposes|the\\s+paper\\s+(?:behind|introducing|that\\s+"
                    + "introduced|describing)|paper\\s+behind|the\\s+original)\\s+(?:the\\s+|a\\s+|an\\s+)?");
    /** How far after "paper introducing" a name may start and still be what the paper introduces. */
    private static final int INTRODUCED_WITHIN = 80;

    private final Lexicon lexicon;
    private final PageFacts facts;

    EntryDescriptions(Lexicon lexicon, PageFacts facts) {
        this.lexicon = lexicon;
        this.facts = facts;
    }

    /** The names the description presents, described in the paper; the first becomes a subject if there is none. */
    void read(String description, PageFacts.Place body, SectionId section, Ref paperRef, List<Ref> subjects) {
        LexiconMatch describedFirst = descriptionSubject(description);
        if (describedFirst != null && paperRef != null) {
            Ref ref = facts.name(describedFirst.entry(), describedFirst.surface(), body.by(ExtractionRule.DESCRIPTION_SUBJECT),
                    section, true);
            facts.relate(ref, Relation.DESCRIBED_IN, paperRef, body.by(ExtractionRule.DESCRIPTION_SUBJECT));
            if (!subjects.contains(ref)) {
                subjects.add(ref);
            }
        }
        for (NameFinding finding : NameRules.fromDescription(description)) {
            Ref ref = facts.finding(finding, body.by(finding.rule()), section);
            if (ref != null && paperRef != null && finding.described()) {
                facts.relate(ref, Relation.DESCRIBED_IN, paperRef, body.by(finding.rule()));
                if (subjects.isEmpty()) {
                    subjects.add(ref);
                }
            }
        }
    }

    /** "A paper introducing X": the names found in the description right after the cue are described in the paper. */
    void introduced(String description, List<LexiconMatch> described, Ref paperRef, PageFacts.Place body) {
        int introducing = RelationCues.introducingEnd(description);
        if (introducing < 0) {
            return;
        }
        for (LexiconMatch match : described) {
            if (match.start() >= introducing && match.start() < introducing + INTRODUCED_WITHIN) {
                facts.relate(Ref.name(match.entry().key()), Relation.DESCRIBED_IN, paperRef,
                        body.by(ExtractionRule.PAPER_INTRODUCING));
            }
        }
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
}
