package org.genaikg.extractor.resolve;

import java.util.HashMap;
import java.util.Map;
import org.genaikg.extractor.recognise.Ref;

/** Union-find over resolution keys; the smallest ref of a group is its root, so results are stable. */
final class RefUnion {
    private final Map<Ref, Ref> parent = new HashMap<>();

    Ref find(Ref ref) {
        Ref root = ref;
        while (true) {
            Ref up = parent.get(root);
            if (up == null || up.equals(root)) {
                break;
            }
            root = up;
        }
        Ref node = ref;
        while (!node.equals(root)) {
            Ref up = parent.get(node);
            parent.put(node, root);
            node = up;
        }
        return root;
    }

    void union(Ref a, Ref b) {
        Ref ra = find(a);
        Ref rb = find(b);
        if (!ra.equals(rb)) {
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}
