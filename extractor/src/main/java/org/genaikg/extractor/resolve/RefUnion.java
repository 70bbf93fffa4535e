package org.genaikg.extractor.resolve;

import java.util.HashMap;
import java.util.Map;

/** Union-find over resolution keys; the smallest key of a group is its root, so results are stable. */
final class RefUnion {
    private final Map<String, String> parent = new HashMap<>();

    String find(String ref) {
        String root = ref;
        while (true) {
            String up = parent.get(root);
            if (up == null || up.equals(root)) {
                break;
            }
            root = up;
        }
        String node = ref;
        while (!node.equals(root)) {
            String up = parent.get(node);
            parent.put(node, root);
            node = up;
        }
        return root;
    }

    void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}
