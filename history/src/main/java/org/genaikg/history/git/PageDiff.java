package org.genaikg.history.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The pages that changed between two commits, compared by their paths relative to each commit's
 * pages root (so a move of the root itself changes every page). A deleted page and an added one
 * are a rename when git's rename detection pairs their files ({@code git diff -M}) or their text
 * is the same.
 */
final class PageDiff {
    private PageDiff() {}

    static PageChanges between(Repository repository, Optional<CommitPages> before, CommitPages after) throws IOException {
        Map<String, ObjectId> old = before.map(CommitPages::blobs).orElse(Map.of());
        Map<String, ObjectId> now = after.blobs();
        TreeSet<String> added = new TreeSet<>();
        TreeSet<String> deleted = new TreeSet<>();
        List<String> modified = new ArrayList<>();
        now.forEach((path, id) -> {
            ObjectId was = old.get(path);
            if (was == null) {
                added.add(path);
            } else if (!was.equals(id)) {
                modified.add(path);
            }
        });
        old.keySet().stream().filter(path -> !now.containsKey(path)).forEach(deleted::add);
        List<PageChanges.Rename> renamed = new ArrayList<>();
        if (!added.isEmpty() && !deleted.isEmpty()) {
            pairByGit(repository, before.orElseThrow(), after, added, deleted, renamed);
            pairBySameText(old, now, added, deleted, renamed);
        }
        return new PageChanges(List.copyOf(added), modified, List.copyOf(deleted), renamed);
    }

    private static void pairByGit(Repository repository, CommitPages before, CommitPages after, TreeSet<String> added,
                                  TreeSet<String> deleted, List<PageChanges.Rename> renamed) throws IOException {
        List<DiffEntry> entries;
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(before.tree());
            walk.addTree(after.tree());
            walk.setRecursive(true);
            walk.setFilter(TreeFilter.ANY_DIFF);
            entries = DiffEntry.scan(walk);
        }
        RenameDetector detector = new RenameDetector(repository);
        detector.addAll(entries);
        String oldPrefix = prefix(before.root());
        String newPrefix = prefix(after.root());
        for (DiffEntry entry : detector.compute()) {
            if (entry.getChangeType() != DiffEntry.ChangeType.RENAME) {
                continue;
            }
            String from = relative(entry.getOldPath(), oldPrefix);
            String to = relative(entry.getNewPath(), newPrefix);
            if (from != null && to != null && deleted.contains(from) && added.contains(to)) {
                renamed.add(new PageChanges.Rename(from, to, entry.getScore()));
                deleted.remove(from);
                added.remove(to);
            }
        }
    }

    /** What git cannot see: the pages' root moved, the files did not. */
    private static void pairBySameText(Map<String, ObjectId> old, Map<String, ObjectId> now, TreeSet<String> added,
                                       TreeSet<String> deleted, List<PageChanges.Rename> renamed) {
        Map<ObjectId, String> deletedByBlob = new HashMap<>();
        deleted.forEach(path -> deletedByBlob.putIfAbsent(old.get(path), path));
        for (String to : List.copyOf(added)) {
            String from = deletedByBlob.remove(now.get(to));
            if (from != null) {
                renamed.add(new PageChanges.Rename(from, to, 100));
                deleted.remove(from);
                added.remove(to);
            }
        }
    }

    private static String prefix(String root) {
        return root.isEmpty() ? "" : root + "/";
    }

    private static String relative(String path, String prefix) {
        return path != null && path.startsWith(prefix) ? path.substring(prefix.length()) : null;
    }
}
