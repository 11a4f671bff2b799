package org.rogatory.intake;

import org.rogatory.access.User;
import org.rogatory.casework.Casework;
import org.rogatory.casework.Casework.Registered;
import org.rogatory.casework.Views.RegistrationView;
import org.rogatory.intake.RequestValidator.Validation;
import org.rogatory.web.Problems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The door, for every way a request comes in (the API, the clerk's form and file upload): the
 * body is validated, then registered as a case. Bad input is refused with a 400 problem naming
 * each bad field by JSON pointer, and nothing is stored.
 */
@Service
public class Intake {

    private final RequestValidator validator;
    private final Casework casework;

    Intake(RequestValidator validator, Casework casework) {
        this.validator = validator;
        this.casework = casework;
    }

    /**
     * Registers the request, or finds the case registered before for the same requesting state and
     * foreign reference. Two copies arriving at once: the second waits for the first's insert and
     * then finds it; if the database reports the clash only at commit, one more try finds the case.
     */
    public Registered register(byte[] body, User clerk) {
        Validation.Valid valid = valid(body);
        try {
            return casework.register(valid.request(), valid.document(), clerk);
        } catch (DuplicateKeyException | OptimisticLockingFailureException e) {
            return casework.register(valid.request(), valid.document(), clerk);
        }
    }

    /** The amended request the central authority asked for, in place of the current one. */
    public RegistrationView recordNewInformation(String id, byte[] body, User clerk) {
        Validation.Valid valid = valid(body);
        return casework.recordNewInformation(id, valid.request(), valid.document(), clerk);
    }

    private Validation.Valid valid(byte[] body) {
        Validation validation = validator.validate(body);
        if (validation instanceof Validation.Invalid invalid) {
            throw Problems.exception(Problems.invalidRequest(invalid.problems()));
        }
        return (Validation.Valid) validation;
    }
}
