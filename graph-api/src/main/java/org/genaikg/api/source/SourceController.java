package org.genaikg.api.source;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.genaikg.api.KgProperties;
import org.genaikg.api.web.InvalidParameter;
import org.genaikg.api.web.SourceNotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The source lines behind a piece of provenance, only from inside the knowledge-base folder. */
@RestController
@Tag(name = "graph")
class SourceController {
    private final SourceFiles files;

    SourceController(KgProperties properties) {
        this.files = properties.docsDir() == null ? null : new SourceFiles(properties.docsDir());
    }

    @Operation(summary = "The source lines behind a piece of provenance",
            description = "Lines of a page of the knowledge base around one line, numbered: what a node's or an edge's "
                    + "provenance (path, line) points at. Only files inside the knowledge-base folder are served.")
    @ApiResponse(responseCode = "200", description = "The lines")
    @ApiResponse(responseCode = "400", description = "A malformed path (missing, absolute, with '..', or not a file), a line below 1 "
            + "or a negative context")
    @ApiResponse(responseCode = "403", description = "A path that leads outside the knowledge-base folder (through a link)")
    @ApiResponse(responseCode = "404", description = "No such file, or no knowledge-base folder configured")
    @GetMapping("/api/source")
    SourceFiles.Excerpt source(
            @Parameter(description = "The page, relative to the knowledge-base folder, as provenance gives it", example = "models.md")
            @RequestParam String path,
            @Parameter(description = "The line, from 1") @RequestParam(defaultValue = "1") int line,
            @Parameter(description = "Lines to show before and after it") @RequestParam(defaultValue = "5") int context) {
        if (line < 1) {
            throw new InvalidParameter("line counts from 1, was " + line + ".");
        }
        if (context < 0) {
            throw new InvalidParameter("context is a number of lines, 0 or more, was " + context + ".");
        }
        if (files == null) {
            throw new SourceNotFound("No knowledge-base folder is configured (kg.docs-dir).");
        }
        return files.excerpt(path, line, context);
    }
}
