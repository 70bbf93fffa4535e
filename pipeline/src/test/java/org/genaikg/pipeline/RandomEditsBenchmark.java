package org.genaikg.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: {@link RandomEditsTest} for longer, from any seed, on any corpus; prints each edit,
 * its build time, and stops at the first step whose stores disagree or whose export differs.
 *
 * <pre>args: [seed=1] [steps=100] [corpus=../testdata/corpora/genai-2024-08, relative to the pipeline module; give it from the repository root]</pre>
 */
public final class RandomEditsBenchmark {

    public static void main(String[] args) throws Exception {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path corpus = args.length > 2 ? Path.of(args[2]) : EditedKnowledgeBase.GENAI_2024_08;
        Path dir = Files.createTempDirectory("random-edits");
        try (EditedKnowledgeBase kb = new EditedKnowledgeBase(corpus, dir, seed)) {
            report("first build", kb, 0);
            for (int step = 1; step <= steps; step++) {
                if (!report(kb.edit(), kb, step)) {
                    System.exit(1);
                }
            }
        }
        System.out.printf(Locale.ROOT, "seed %d: %d edits, the stores agreed and exported a fresh build after each%n", seed, steps);
    }

    private static boolean report(String edit, EditedKnowledgeBase kb, int step) {
        long start = System.nanoTime();
        List<String> wrong = kb.buildAndCheck();
        System.out.printf(Locale.ROOT, "%s: built and checked in %.1f s%s%n", edit, (System.nanoTime() - start) / 1e9,
                wrong.isEmpty() ? "" : "\n  WRONG: " + String.join("\n  ", wrong));
        return wrong.isEmpty();
    }
}
