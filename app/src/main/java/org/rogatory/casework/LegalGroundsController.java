package org.rogatory.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Collection;
import org.rogatory.access.Access;
import org.rogatory.casework.domain.LegalGround;
import org.rogatory.casework.domain.LegalGroundCatalogue;
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
    @ApiResponse(responseCode = "401", ref = "Unauthenticated")
    Collection<LegalGround> legalGrounds() {
        access.require(org.rogatory.access.Operation.READ_LEGAL_GROUNDS);
        return catalogue.all();
    }
}
