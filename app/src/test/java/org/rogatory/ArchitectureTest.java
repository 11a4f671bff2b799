package org.rogatory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.rogatory.screening.ScreeningService;
import org.rogatory.screening.domain.Evidence;
import org.rogatory.screening.domain.Finding;
import org.rogatory.screening.domain.FindingCode;
import org.rogatory.screening.domain.Severity;
import org.rogatory.screening.domain.StreetAddress;

/** The domain is plain Java: adapters (web, persistence, mail, JSON) sit at the edge. */
class ArchitectureTest {

    static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rogatory");

    @Test
    void domainAndMatchingUseNoFrameworkPersistenceOrJson() {
        noClasses().that().resideInAnyPackage("org.rogatory..domain..", "org.rogatory.matching..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "jakarta..",
                        "tools.jackson..", "com.fasterxml.jackson..", "com.networknt..")
                .check(PRODUCT);
    }

    @Test
    void domainDoesNotReachIntoAdapters() {
        noClasses().that().resideInAnyPackage("org.rogatory..domain..", "org.rogatory.matching..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.rogatory.web..", "org.rogatory.cli..")
                .check(PRODUCT);
    }

    @Test
    void caseworkSeesScreeningOnlyThroughItsSeamAndFindings() {
        noClasses().that().resideInAnyPackage("org.rogatory.casework..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("org.rogatory.screening..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(ScreeningService.class,
                                Finding.class, FindingCode.class, Severity.class, Evidence.class,
                                StreetAddress.class))))
                .check(PRODUCT);
    }
}
