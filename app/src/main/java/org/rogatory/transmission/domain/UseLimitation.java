package org.rogatory.transmission.domain;

import java.util.List;

/**
 * Speciality: what the requesting state may do with what it receives. Every transmission states it
 * on the cover letter and records it in the manifest (ROG-USE-LIMITATION, ECMA AP2 art. 26(1),
 * UNCAC art. 46(19)).
 */
public final class UseLimitation {

    /** The grounds every transmission cites. */
    public static final List<String> GROUNDS = List.of("ROG-USE-LIMITATION", "ECMA59-AP2-26-1", "UNCAC-46-19");

    private UseLimitation() {
    }
}
