package org.genaikg.extractor.recognise;

import java.util.List;
import java.util.regex.Pattern;
import org.genaikg.extractor.model.SourceSpan;
import org.genaikg.extractor.parse.SectionId;
import org.genaikg.ontology.ExtractionRule;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Relation;

/**
 * The names an entry's title gives ("Code Llama: Open Foundation Models for Code", "the original
 * Transformer paper", "Drawing Faces with QZ-GAN-3"): each is described in the entry's paper and
 * has the entry's repository as code. They are what the entry is about.
 */
final class EntryTitles {
    private static final Pattern TITLE_NAME_FOLLOWER = Pattern.compile(
            "(?i)\\s*(?:$|:|\\(|,|\\s(?:for|of|with|via|in|is|on|at)\\b)");

    private final Lexicon lexicon;
    private final PageFacts facts;

    EntryTitles(Lexicon lexicon, PageFacts facts) {
        this.lexicon = lexicon;
        this.facts = facts;
    }

    /** Adds the names the title gives to {@code subjects}, with their paper and code. */
    void read(LinkKind kind, String title, SourceSpan span, SectionId section, Ref paperRef, Ref repoRef, List<Ref> subjects) {
        LexiconMatch opening = knownNameOpening(title);
        if (opening != null && kind == LinkKind.ARTICLE) {
            opening = wholeModelName(title, opening);
        }
        if (opening != null) {
            ExtractionRule rule = kind == LinkKind.ARTICLE ? ExtractionRule.TITLE_IS_NAME : ExtractionRule.TITLE_OPENS_WITH_NAME;
            Ref ref = facts.name(opening.entry(), opening.surface(), span.withRule(rule), section, true);
            subjects.add(ref);
            if (paperRef != null) {
                facts.relate(ref, Relation.DESCRIBED_IN, paperRef, span.withRule(rule));
            }
            if (repoRef != null) {
                facts.relate(ref, Relation.HAS_CODE, repoRef, span.withRule(ExtractionRule.SAME_ENTRY_CODE));
            }
        }
        String paperOf = paperRef == null ? null : NameRules.subjectOfNamePaper(title);
        if (paperOf != null) {
            for (LexiconMatch match : lexicon.find(paperOf)) {
                Ref ref = facts.name(match.entry(), match.surface(), span.withRule(ExtractionRule.NAMED_PAPER), section, true);
                facts.relate(ref, Relation.DESCRIBED_IN, paperRef, span.withRule(ExtractionRule.NAMED_PAPER));
                break;
            }
        }
        for (NameFinding finding : NameRules.fromTitle(title, kind != LinkKind.ARTICLE)) {
            Ref ref = facts.finding(finding, span.withRule(finding.rule()), section);
            if (ref == null || subjects.contains(ref)) {
                continue;
            }
            subjects.add(ref);
            if (paperRef != null) {
                facts.relate(ref, Relation.DESCRIBED_IN, paperRef, span.withRule(finding.rule()));
            }
            if (repoRef != null) {
                facts.relate(ref, Relation.HAS_CODE, repoRef, span.withRule(ExtractionRule.SAME_ENTRY_CODE));
            }
        }
    }

    /**
     * A web page's title that is a model's whole name, maybe with its lab in brackets ("[Llama 2](https://ai.meta.com/llama/)",
     * "[Claude (Anthropic)](...)"): the entry is about the model. Other titles of web pages that open with a name
     * ("GPT-4 is here") are about the page.
     */
    private static LexiconMatch wholeModelName(String title, LexiconMatch opening) {
        if (opening.entry().kind() != NodeKind.MODEL) {
            return null;
        }
        String rest = title.substring(opening.end()).strip();
        boolean lab = rest.matches("\\([^()]+\\)")
                && NameClassifier.standard().classify(rest.substring(1, rest.length() - 1)) == NameClassifier.NameClass.ORGANISATION;
        return rest.isEmpty() || lab ? opening : null;
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
}
