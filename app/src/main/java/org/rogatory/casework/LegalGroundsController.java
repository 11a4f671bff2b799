package org.rogatory.casework;

import static org.rogatory.web.ProblemKind.UNAUTHENTICATED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Collection;
import org.rogatory.access.Access;
import org.rogatory.casework.domain.LegalGround;
import org.rogatory.casework.domain.LegalGroundCatalogue;
import org.rogatory.web.ProblemResponses;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "legal grounds")
class LegalGroundsController {

    private final Access access;
    private final LegalGroundCatalogue catalogue;

    LegalGroundsController(Access access, LegalGroundCatalogue catalogue) {
        this.access = access;
        this.catalogue = catalogue;
    }

    @GetMapping(path = "/api/v1/legal-grounds", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The legal grounds decisions may cite (legal-grounds.md)")
    @ApiResponse(responseCode = "200", description = "The catalogue")
    @ProblemResponses({UNAUTHENTICATED})
    Collection<LegalGround> legalGrounds() {
        access.require(org.rogatory.access.Operation.READ_LEGAL_GROUNDS);
        return catalogue.all();
    }
}
