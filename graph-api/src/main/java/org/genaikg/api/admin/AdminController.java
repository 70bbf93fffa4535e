package org.genaikg.api.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.genaikg.api.KgProperties;
import org.genaikg.api.build.BuildReport;
import org.genaikg.api.build.GraphBuilds;
import org.genaikg.api.build.RebuildUnavailable;
import org.genaikg.api.index.GraphSnapshots;
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
class AdminController {

    /** What a writing request did: the page written (if any) and the build that followed. */
    record AdminResult(String page, BuildReport build) {}

    private final AdminToken token;
    private final GraphBuilds builds;
    private final GraphSnapshots snapshots;
    private final KgProperties properties;

    AdminController(AdminToken token, GraphBuilds builds, GraphSnapshots snapshots, KgProperties properties) {
        this.token = token;
        this.builds = builds;
        this.snapshots = snapshots;
        this.properties = properties;
    }

    @PostMapping("/api/admin/rebuild")
    AdminResult rebuild(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        token.check(authorization);
        return new AdminResult(null, rebuildAndRefresh());
    }

    @PostMapping(path = "/api/admin/pages", consumes = "multipart/form-data")
    ResponseEntity<AdminResult> ingest(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String path) {
        token.check(authorization);
        if (properties.docsDir() == null) {
            throw new RebuildUnavailable();
        }
        String relative = PageUploads.checkPath(path != null ? path : file.getOriginalFilename());
        byte[] content = PageUploads.checkContent(bytes(file));
        PageUploads.write(CorpusFiles.root(properties.docsDir()), relative, content);
        AdminResult result = new AdminResult(relative, rebuildAndRefresh());
        return ResponseEntity.created(URI.create("/api/source?path=" + relative.replace(" ", "%20") + "&line=1")).body(result);
    }

    private BuildReport rebuildAndRefresh() {
        BuildReport report = builds.rebuild();
        snapshots.refresh();
        return report;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
