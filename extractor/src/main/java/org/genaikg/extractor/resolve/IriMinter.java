package org.genaikg.extractor.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.genaikg.extractor.recognise.Ref;
import org.genaikg.ontology.NodeKind;
import org.genaikg.ontology.Slugs;

/** Stable instance IRIs; a slug taken by another entity gets a short hash of the entity's key. */
final class IriMinter {
    private static final int MAX_SLUG = 80;
    private final Map<String, Ref> owners = new HashMap<>();

    String mint(NodeKind kind, String slug, Ref ref) {
        String bounded = slug.length() <= MAX_SLUG ? slug : slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        String iri = kind.instanceIri(bounded);
        Ref owner = owners.putIfAbsent(iri, ref);
        if (owner != null && !owner.equals(ref)) {
            iri = kind.instanceIri(bounded + "-" + shortHash(ref.key()));
            owners.put(iri, ref);
        }
        return iri;
    }

    /** Reserves an IRI given from outside (gazetteer, modality scheme). */
    String reserve(String iri, Ref ref) {
        owners.putIfAbsent(iri, ref);
        return iri;
    }

    static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JRE", e);
        }
    }

    static String slug(String text) {
        return Slugs.slug(text);
    }
}
