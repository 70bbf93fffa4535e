package org.genaikg.extractor;

/** Told as each file of a build is done, so a long run can show progress. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (path, done, total) -> {};

    void fileDone(String path, int done, int total);
}
