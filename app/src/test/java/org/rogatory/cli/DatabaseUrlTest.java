package org.rogatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void anH2UrlGetsTheSettingsTheSchemaNeedsUnlessItSetsThemItself() {
        assertThat(DatabaseUrl.withH2Settings("jdbc:h2:file:/srv/rogatory"))
                .isEqualTo("jdbc:h2:file:/srv/rogatory;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        assertThat(DatabaseUrl.withH2Settings("jdbc:h2:file:/srv/rogatory;AUTO_SERVER=TRUE;mode=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:/srv/rogatory;AUTO_SERVER=TRUE;mode=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                        + ";DEFAULT_NULL_ORDERING=HIGH");
    }

    @Test
    void anyOtherDatabaseIsLeftAsGiven() {
        assertThat(DatabaseUrl.withH2Settings("jdbc:postgresql://db/rogatory?ssl=true"))
                .isEqualTo("jdbc:postgresql://db/rogatory?ssl=true");
    }
}
