package org.rogatory.screening;

import java.util.List;
import org.rogatory.casework.CaseHistory;
import org.rogatory.casework.Casework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Screens every open request again after an import replaced reference data (a request's own
 * amendment is screened by casework as it is recorded). Casework reconciles: new findings appear on
 * the case flagged new, findings whose evidence vanished turn stale. Each case is screened in its
 * own transaction, after the import committed.
 */
@Component
class Rescreening {

    private static final Logger log = LoggerFactory.getLogger(Rescreening.class);
    private static final int ATTEMPTS = 3;

    private final Casework casework;
    private final CaseHistory cases;
    private final TransactionTemplate eachCase;

    Rescreening(Casework casework, CaseHistory cases, PlatformTransactionManager transactions) {
        this.casework = casework;
        this.cases = cases;
        this.eachCase = new TransactionTemplate(transactions);
        this.eachCase.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void referenceDataChanged(ReferenceDataChanged change) {
        List<String> open = cases.openIds();
        open.forEach(this::rescreen);
        log.info("{} import {}: {} open requests screened again", change.kind(), change.sha256(), open.size());
    }

    /** Retried when someone changed the case meanwhile: the new screening must land on the latest version. */
    private void rescreen(String id) {
        for (int attempt = 1; ; attempt++) {
            try {
                eachCase.executeWithoutResult(tx -> casework.rescreen(id));
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    log.warn("case {} not screened again after {} attempts: {}", id, ATTEMPTS, e.getMessage());
                    return;
                }
            }
        }
    }
}
