package org.rogatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

class ProblemAdviceTest {

    @Test
    void answersServiceUnavailableWithRetryAfterWhenNoDatabaseConnectionIsFreeInTime() {
        ResponseEntity<Object> answer = new ProblemAdvice().overloaded(
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction"));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(answer.getHeaders().getContentType()).isEqualTo(Problems.MEDIA_TYPE);
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(problem.getType().toString()).isEqualTo("urn:rogatory:problem:unavailable");
        assertThat(problem.getDetail()).contains("nothing was recorded").doesNotContain("JDBC");
    }
}
