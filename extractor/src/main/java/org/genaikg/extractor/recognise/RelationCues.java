package org.genaikg.extractor.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The phrases that say one thing derives from, is described in, or consists of another. Pure. */
public final class RelationCues {

    private static final Pattern DERIVES = Pattern.compile(
            "\\b(?:based\\s+(?:up)?on|built\\s+(?:up)?on(?:\\s+top\\s+of)?|builds\\s+(?:up)?on|building\\s+on|"
                    + "fine-?tuned\\s+(?:from|on\\s+top\\s+of|version\\s+of)|fine-?tunes?\\s+of|a\\s+tuning\\s+of|"
                    + "extends|extending|an\\s+extension\\s+of|successor\\s+(?:to|of)|variant\\s+of|"
                    + "variation\\s+of|distilled\\s+from|on\\s+top\\s+of|derived\\s+from|derives\\s+from|"
                    + "improves\\s+(?:up)?on|reuses|adaptation\\s+of|adapts|(?:is|was)\\s+an?\\s+fine-?tuned(?!\\s+(?:version|variant)\\s+of))\\s+(?:the\\s+|a\\s+|an\\s+|original\\s+)*",
            Pattern.CASE_INSENSITIVE);
    /** "ChatGPT can be distilled into much smaller UniversalNER models": the student follows, the teacher precedes. */
    private static final Pattern DISTILLED_INTO = Pattern.compile(
            "\\b(?:is|are|was|were|be|been)\\s+distilled\\s+into\\s+(?:(?:a|an|the|much|far|smaller|small|compact|tiny|lighter)\\s+)*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TUNING = Pattern.compile("\\s*(?:-|\\s)?(?:tuning|fine-?tuning|finetuning|fine-?tuned|tuned)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BASED = Pattern.compile("-based\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern INTRODUCING = Pattern.compile(
            "\\b(?:paper|work|article)\\s+(?:first\\s+)?(?:indicating|introducing|that\\s+introduced|describing|"
                    + "proposing|presenting|that\\s+proposed|introduces|proposes|describes|presents)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DESCRIBED = Pattern.compile(
            "\\b(?:described|introduced|proposed|presented|defined|first\\s+shown)\\s+in\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONSISTS = Pattern.compile(
            "\\b(?:consists?\\s+of|is\\s+composed\\s+of|comprises?|is\\s+made\\s+(?:up\\s+)?of)\\b", Pattern.CASE_INSENSITIVE);
    /** "X is a kind of Y", "X, a type of Y". */
    private static final Pattern KIND_OF = Pattern.compile(
            "(?:\\s+(?:is|are)|,)\\s+(?:a|an)\\s+(?:kind|type|form|class|family)\\s+of\\b", Pattern.CASE_INSENSITIVE);
    /**
     * "X is an Y", "X, a Y": up to two lower-case modifiers after the article, none a word that makes
     * Y a part or a collection ("a component of", "a set of") rather than the class of X.
     */
    private static final Pattern IS_A = Pattern.compile(
            "[*_`]*(?:\\s*\\([^)]{1,30}\\))?(?:\\s+(?i:is|are)\\s+|,\\s+)(?i:an?)\\s+"
                    + "(?:(?!(?:of|for|in|part|component|set|combination|way|kind|type|form|class|family|variant|version|extension)\\b)[a-z][a-z-]*\\s+){0,2}");
    /** What may follow Y in "X is an Y": the end of the phrase, or a head noun saying what sort of thing Y names. */
    private static final Pattern IS_A_END = Pattern.compile(
            "(?:\\s+(?:model|method|technique|approach|architecture|mechanism|algorithm|network|function|layer|strategy)s?)?"
                    + "(?=\\s*(?:[.,;:)!?]|$)|\\s+(?:that|which|where|used|for|to|in|with)\\b)");
    /** The start of a sentence before its subject: list and emphasis marks, "The". */
    private static final Pattern SUBJECT_START = Pattern.compile("[\\s*_`#>\\-]*(?:(?i:the)\\s+)?");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\\[(`'\"])|\\n+");

    private RelationCues() {}

    /** A sentence of a text and where it starts. */
    public record Sentence(String text, int start) {}

    public static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            if (m.start() > start) {
                out.add(new Sentence(text.substring(start, m.start()), start));
            }
            start = m.end();
        }
        if (start < text.length()) {
            out.add(new Sentence(text.substring(start), start));
        }
        return out;
    }

    /** Where a derivation cue sits in a sentence: the deriving name precedes {@code start}, the derived-from name follows {@code end}. */
    public record Cue(int start, int end) {}

    /** The derivation cues of a sentence, in order, found in one pass. */
    public static List<Cue> derivationCues(String sentence) {
        return cues(DERIVES, sentence);
    }

    /** The "is distilled into" cues of a sentence: the teacher precedes {@code start}, the student follows {@code end}. */
    public static List<Cue> distilledIntoCues(String sentence) {
        return cues(DISTILLED_INTO, sentence);
    }

    private static List<Cue> cues(Pattern cue, String sentence) {
        List<Cue> cues = new ArrayList<>();
        Matcher m = cue.matcher(sentence);
        while (m.find()) {
            cues.add(new Cue(m.start(), m.end()));
        }
        return cues;
    }

    /**
     * True when the words right after a name (at {@code from}) say it was tuned: "LLama Tuning",
     * "GPT-3 fine-tuned". Looks only there, not at the rest of the text.
     */
    public static boolean tuningFollows(String text, int from) {
        return TUNING.matcher(text).region(from, text.length()).lookingAt();
    }

    /** True when the name ending at {@code from} is used as "X-based". */
    public static boolean basedFollows(String text, int from) {
        return BASED.matcher(text).region(from, text.length()).lookingAt();
    }

    /** The offset after "paper introducing ..." in a description, or -1. */
    public static int introducingEnd(String text) {
        Matcher m = INTRODUCING.matcher(text);
        return m.find() ? m.end() : -1;
    }

    public static boolean saysDescribedIn(String sentence) {
        return DESCRIBED.matcher(sentence).find();
    }

    /** The offsets where "is a kind of" starts and ends in a sentence, or null. */
    public static int[] kindOf(String sentence) {
        Matcher m = KIND_OF.matcher(sentence);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }

    /**
     * True when the name at {@code subjectStart..subjectEnd} begins the sentence and "is an", ", a" and
     * at most two modifiers lead from it to {@code classStart}.
     */
    public static boolean isA(String sentence, int subjectStart, int subjectEnd, int classStart) {
        return SUBJECT_START.matcher(sentence).region(0, subjectStart).matches()
                && IS_A.matcher(sentence).region(subjectEnd, classStart).matches();
    }

    /** True when the class name ending at {@code from} ends the "is an Y" phrase (maybe with a head noun: "Y model"). */
    public static boolean isAClassEnds(String sentence, int from) {
        return IS_A_END.matcher(sentence).region(from, sentence.length()).lookingAt();
    }

    /** The offset after "consists of" in a sentence, or -1. */
    public static int consistsOfEnd(String sentence) {
        Matcher m = CONSISTS.matcher(sentence);
        return m.find() ? m.end() : -1;
    }
}
