package org.rogatory.audit;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.rogatory.access.OperationRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts on the record each request refused because the caller's role may not make it, as the refusals of
 * need-to-know are: on the case's trail when the path names a case. In a transaction of its own, as the
 * refusal that follows rolls back whatever it interrupts; a record that cannot be written is logged and
 * the caller still gets the refusal, which changed nothing.
 */
@Component
class RefusedOperations {

    private static final Logger log = LoggerFactory.getLogger(RefusedOperations.class);
    /** The most of a refused request's path the record keeps. */
    static final int PATH_KEPT = 300;

    private final AuditTrail audit;
    private final TransactionTemplate ownTransaction;

    RefusedOperations(AuditTrail audit, PlatformTransactionManager transactions) {
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void record(OperationRefused refused) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("operation", refused.operation().name().toLowerCase(Locale.ROOT));
        if (refused.path() != null) {
            String request = refused.method() + " " + refused.path();
            details.put("request", request.length() <= PATH_KEPT ? request : request.substring(0, PATH_KEPT) + "…");
        }
        try {
            ownTransaction.executeWithoutResult(tx -> audit.record(Actor.of(refused.user()), "access.refused",
                    refused.caseId(), null, details));
        } catch (RuntimeException e) {
            log.error("could not record the refusal of {} to {}", refused.operation(), refused.user().username(), e);
        }
    }
}
