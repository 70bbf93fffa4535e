package org.genaikg.stores.sync;

import java.nio.file.Path;

/** Another process uses the data folder (it holds {@link DataFolderLock}): nothing was opened. */
public final class DataFolderInUse extends RuntimeException {

    private final transient Path folder;
    private final String holder;

    DataFolderInUse(Path folder, String holder) {
        super("the data folder " + folder + " is in use by " + holder);
        this.folder = folder;
        this.holder = holder;
    }

    public Path folder() {
        return folder;
    }

    /** What holds it, as its lock file says: {@code kg serve (pid 1234, since ...)}. */
    public String holder() {
        return holder;
    }
}
