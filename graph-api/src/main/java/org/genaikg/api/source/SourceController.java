package org.genaikg.api.source;

import org.genaikg.api.KgProperties;
import org.genaikg.api.web.SourceNotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The source lines behind a piece of provenance, only from inside the knowledge-base folder. */
@RestController
class SourceController {
    private final SourceFiles files;

    SourceController(KgProperties properties) {
        this.files = properties.docsDir() == null ? null : new SourceFiles(properties.docsDir());
    }

    @GetMapping("/api/source")
    SourceFiles.Excerpt source(
            @RequestParam String path,
            @RequestParam(defaultValue = "1") int line,
            @RequestParam(defaultValue = "5") int context) {
        if (files == null) {
            throw new SourceNotFound("No knowledge-base folder is configured (kg.docs-dir).");
        }
        return files.excerpt(path, line, context);
    }
}
