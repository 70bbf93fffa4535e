package org.genaikg.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.genaikg.api.KgProperties;
import org.genaikg.api.build.BuildReport;
import org.genaikg.api.build.GraphBuilds;
import org.genaikg.api.build.RebuildUnavailable;
import org.genaikg.extractor.source.CorpusFiles;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The writing endpoints: rebuild the stores now, and ingest an uploaded page then rebuild. They
 * exist only when {@code kg.admin-token} is set (otherwise 404) and need it as a bearer token.
 */
@RestController
@Conditional(AdminTokenConfigured.class)
@Tag(name = "admin", description = "Writing endpoints; they exist only when kg.admin-token is set, and need it as a bearer token")
class AdminController {

    /** What a writing request did: the page written (if any) and the build that followed. */
    record AdminResult(String page, BuildReport build) {}

    private final AdminToken token;
    private final GraphBuilds builds;
    private final KgProperties properties;

    AdminController(AdminToken token, GraphBuilds builds, KgProperties properties) {
        this.token = token;
        this.builds = builds;
        this.properties = properties;
    }

    @Operation(summary = "Rebuild the stores from the pages now",
            description = "The same incremental build as at start and on --watch; answers with its report.")
    @ApiResponse(responseCode = "200", description = "The build's report")
    @ApiResponse(responseCode = "401", description = "No bearer token, or the wrong one")
    @ApiResponse(responseCode = "403", description = "Credentials of another scheme than Bearer")
    @ApiResponse(responseCode = "503", description = "This server reads stores another process loaded")
    @PostMapping("/api/admin/rebuild")
    AdminResult rebuild(@Parameter(description = "Bearer TOKEN") @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                        String authorization) {
        token.check(authorization);
        return new AdminResult(null, builds.rebuild());
    }

    @Operation(summary = "Add or replace a page, then rebuild",
            description = "Writes the uploaded Markdown page into the knowledge-base folder, then rebuilds; answers 201 "
                    + "with the page's path, the build's report and, in Location, the page's source.")
    @ApiResponse(responseCode = "201", description = "The page was written and built")
    @ApiResponse(responseCode = "400", description = "A path that is missing, leaves the folder or does not end in .md, or a page that is empty, too large or not UTF-8 text")
    @ApiResponse(responseCode = "401", description = "No bearer token, or the wrong one")
    @ApiResponse(responseCode = "403", description = "Credentials of another scheme than Bearer")
    @ApiResponse(responseCode = "503", description = "This server has no knowledge-base folder to write to")
    @PostMapping(path = "/api/admin/pages", consumes = "multipart/form-data")
    ResponseEntity<AdminResult> ingest(
            @Parameter(description = "Bearer TOKEN") @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @Parameter(description = "The Markdown page") @RequestPart("file") MultipartFile file,
            @Parameter(description = "Where to write it, relative to the knowledge-base folder (default: the file's name)",
                    example = "models/new-model.md") @RequestParam(required = false) String path) {
        token.check(authorization);
        if (properties.docsDir() == null) {
            throw new RebuildUnavailable();
        }
        String relative = PageUploads.checkPath(path != null ? path : file.getOriginalFilename());
        byte[] content = PageUploads.checkContent(bytes(file));
        PageUploads.write(CorpusFiles.root(properties.docsDir()), relative, content);
        AdminResult result = new AdminResult(relative, builds.rebuild());
        return ResponseEntity.created(URI.create("/api/source?path=" + relative.replace(" ", "%20") + "&line=1")).body(result);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
