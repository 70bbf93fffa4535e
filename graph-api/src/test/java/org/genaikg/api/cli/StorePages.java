package org.genaikg.api.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small knowledge base for the store commands: Shepherd described on two pages, a page of concepts. */
final class StorePages {

    static final String MODELS = """
            # Models

            ## Language Models

            ??? note "[Shepherd: A Critic for Language Model Generation](https://arxiv.org/abs/2308.04592)"
                Shepherd is a language model tuned to critique responses, built on LLaMA.

            ??? note "[HuBERT: Self-Supervised Speech Representation Learning](https://arxiv.org/abs/2106.07447)"
                HuBERT learns speech representations. [Github](https://github.com/facebookresearch/fairseq)
            """;

    static final String CRITICS = """
            # Critics

            ??? note "[Shepherd: A Critic for Language Model Generation](https://arxiv.org/abs/2308.04592)"
                A critic model. See also [the models](models.md#language-models).
            """;

    static final String NOTES = """
            # Notes

            Transformers use multi-head attention and layer normalization. BERT is an encoder.
            """;

    private StorePages() {}

    static Path write(Path docs) {
        write(docs, "models.md", MODELS);
        write(docs, "critics.md", CRITICS);
        write(docs, "topics/notes.md", NOTES);
        return docs;
    }

    static void write(Path docs, String name, String text) {
        try {
            Path file = docs.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
