package org.genaikg.stores.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.rdf.RdfDumpWriter;

/** A small knowledge base a test writes and edits: Shepherd is described on two pages. */
public final class ScenarioPages {

    public static final ExtractionOptions OPTIONS = new ExtractionOptions(2, ExtractionOptions.DEFAULT_MAX_FILE_BYTES);

    public static final String MODELS = """
            # Models

            ## Language Models

            ??? note "[Shepherd: A Critic for Language Model Generation](https://arxiv.org/abs/2308.04592)"
                Shepherd is a language model tuned to critique responses, built on LLaMA.

            ??? note "[HuBERT: Self-Supervised Speech Representation Learning](https://arxiv.org/abs/2106.07447)"
                HuBERT learns speech representations. [Github](https://github.com/facebookresearch/fairseq)
            """;

    public static final String CRITICS = """
            # Critics

            ??? note "[Shepherd: A Critic for Language Model Generation](https://arxiv.org/abs/2308.04592)"
                A critic model. See also [the models](models.md#language-models).
            """;

    public static final String NOTES = """
            # Notes

            Transformers use multi-head attention and layer normalization. BERT is an encoder.
            """;

    public static final String EXTRA = """
            # Vision

            ### Vision-Language Models

            ??? note "[CLIP: Learning Transferable Visual Models From Natural Language Supervision](https://arxiv.org/abs/2103.00020)"
                CLIP matches images and text.
            """;

    private ScenarioPages() {}

    public static void write(Path docs, String name, String text) {
        try {
            Path file = docs.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path docs, String name) {
        try {
            Files.delete(docs.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first version: models, critics and notes; returns {@code docs}. */
    public static Path writeFirstVersion(Path docs) {
        write(docs, "models.md", MODELS);
        write(docs, "critics.md", CRITICS);
        write(docs, "topics/notes.md", NOTES);
        return docs;
    }

    /** The dump of a fresh full build (no cache, no store) of the folder as it is. */
    public static byte[] freshDump(Path docs, Path out) {
        RdfDumpWriter.write(new Extractor(OPTIONS).extract(docs, ProgressListener.NONE), out);
        try {
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
