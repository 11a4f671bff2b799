package org.rogatory.casework.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The legal grounds a decision may cite, by code. */
public final class LegalGroundCatalogue {

    private final Map<String, LegalGround> byCode = new LinkedHashMap<>();

    public LegalGroundCatalogue(List<LegalGround> grounds) {
        for (LegalGround ground : grounds) {
            if (byCode.put(ground.code(), ground) != null) {
                throw new IllegalArgumentException("legal ground " + ground.code() + " is listed twice");
            }
        }
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    public Optional<LegalGround> get(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Collection<LegalGround> all() {
        return List.copyOf(byCode.values());
    }
}
