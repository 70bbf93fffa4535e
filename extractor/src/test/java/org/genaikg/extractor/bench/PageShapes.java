package org.genaikg.extractor.bench;

import java.util.function.IntFunction;

/**
 * Pages of the shapes that once took time worse than linear in their size, generated at any size:
 * the benchmark times them at 30 KB, 300 KB and 3 MB, and tests use them small.
 */
public enum PageShapes {
    /** One paragraph (so one sentence) repeating a derivation cue between two known names. */
    CUE_PROSE(i -> "GPT-4 based on Transformer, " + (i % 3 == 2 ? "\n" : "")),
    /** A list of arXiv links, one per item. */
    ARXIV_LIST(i -> String.format("- [A paper on topic %d](https://arxiv.org/abs/23%02d.%05d)%n", i, 1 + i % 12, i % 100_000)),
    /** One line of relative links to pages. */
    LINK_LINE(i -> "[a](p" + i + ".md) "),
    /** One paragraph of sentences that each say a name is described in a linked paper. */
    DESCRIBED_PROSE(i -> "GPT-4 is described in [paper " + i + "](https://arxiv.org/abs/2303." + (10_000 + i % 90_000) + "). "),
    /** The dialect's own shape: an admonition per paper, a model named in its body. */
    ADMONITIONS(i -> "??? tip \"[Model" + i + ": A Model Numbered " + i + "](https://arxiv.org/abs/2301." + (10_000 + i % 90_000)
            + ")\"\n    Model" + i + " is based on GPT-4 and uses Transformer layers.\n\n"),
    /** A table row per model, the paper in the last cell. */
    TABLE_ROWS(i -> (i == 0 ? "| Model | Base | Paper |\n| --- | --- | --- |\n" : "") + "| Model" + i
            + " | based on GPT-4 | [paper](https://arxiv.org/abs/2302." + (10_000 + i % 90_000) + ") |\n"),
    /** A heading per section, each with a sentence. */
    HEADINGS(i -> "## Section " + i % 50 + "\n\nGPT-4 is based on Transformer.\n\n");

    private final IntFunction<String> unit;

    PageShapes(IntFunction<String> unit) {
        this.unit = unit;
    }

    /** A page of this shape of about {@code bytes} bytes (ASCII, so characters). */
    public String page(int bytes) {
        StringBuilder text = new StringBuilder(bytes + 100).append("# A page of shape ").append(name()).append("\n\n");
        for (int i = 0; text.length() < bytes; i++) {
            text.append(unit.apply(i));
        }
        return text.append('\n').toString();
    }
}
