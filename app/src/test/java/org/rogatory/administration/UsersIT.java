package org.rogatory.administration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rogatory.support.Api;
import org.rogatory.support.Api.Answer;
import org.rogatory.support.PostgresIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The administrator manages accounts over the API: every change takes effect at once and is audited. */
@PostgresIT
class UsersIT {

    static final String PASSPHRASE = "a long enough passphrase";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api admin() {
        return Api.at(port).as("demo-admin");
    }

    static String freshName(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    Answer create(String username, String role, String language) {
        return admin().post("/api/v1/users", Api.json(Map.of("username", username, "password", PASSPHRASE, "role", role,
                "language", language)));
    }

    @Test
    void aCreatedUserSignsInWithTheirRoleAndLanguage() {
        String name = freshName("judge");
        Answer created = create(name, "investigating_judge", "nl");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().get("role").asString()).isEqualTo("INVESTIGATING_JUDGE");
        assertThat(created.body().get("language").asString()).isEqualTo("NL");
        assertThat(created.body().get("enabled").asBoolean()).isTrue();

        assertThat(Api.at(port).as(name, PASSPHRASE).get("/api/v1/requests").status()).isEqualTo(200);
        assertThat(Api.at(port).as(name, PASSPHRASE).get("/api/v1/users").status()).isEqualTo(403);
    }

    @Test
    void theListShowsEveryAccountAndNeverAPassword() {
        String name = freshName("clerk");
        create(name, "CLERK", "fr");
        Answer list = admin().get("/api/v1/users");
        assertThat(list.status()).isEqualTo(200);
        JsonNode created = null;
        for (JsonNode account : list.body()) {
            assertThat(account.propertyNames()).containsExactlyInAnyOrder("username", "role", "language", "enabled");
            if (account.get("username").asString().equals(name)) {
                created = account;
            }
        }
        assertThat(created).isNotNull();
        assertThat(list.response().body()).asString().doesNotContain("$2a$");
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsCreated() {
        Answer refused = admin().post("/api/v1/users", Api.json(Map.of("username", "Not Valid", "password", "short",
                "role", "KING", "language", "es")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(pointers(refused)).containsExactlyInAnyOrder("/username", "/password", "/role", "/language");
        assertThat(admin().get("/api/v1/users").response().body()).asString().doesNotContain("Not Valid");

        Answer missing = admin().post("/api/v1/users", "{}");
        assertThat(pointers(missing)).containsExactlyInAnyOrder("/username", "/password", "/role");
    }

    @Test
    void aTakenOrReservedUsernameIsRefused() {
        Answer taken = create("demo-clerk", "CLERK", "en");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body().get("type").asString()).isEqualTo("urn:rogatory:problem:state-conflict");
        assertThat(pointers(create("system", "CLERK", "en"))).containsExactly("/username");
    }

    @Test
    void aNewPasswordReplacesTheOldAtOnce() {
        String name = freshName("police");
        create(name, "POLICE", "de");
        assertThat(Api.at(port).as(name, PASSPHRASE).get("/api/v1/requests").status()).isEqualTo(200);

        assertThat(pointers(putPassword(name, name + "-2025"))).containsExactly("/password");

        Answer changed = putPassword(name, "another long passphrase");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(Api.at(port).as(name, PASSPHRASE).get("/api/v1/requests").status()).isEqualTo(401);
        assertThat(Api.at(port).as(name, "another long passphrase").get("/api/v1/requests").status()).isEqualTo(200);

        assertThat(putPassword("nobody-" + UUID.randomUUID(), "another long passphrase").status()).isEqualTo(404);
    }

    @Test
    void aDisabledUserCannotSignInUntilEnabledAgain() {
        String name = freshName("reviewer");
        create(name, "PRIVILEGE_REVIEWER", "fr");
        Api user = Api.at(port).as(name, PASSPHRASE);
        assertThat(user.get("/api/v1/requests").status()).isEqualTo(200);

        Answer disabled = admin().post("/api/v1/users/" + name + "/disable", "");
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.body().get("enabled").asBoolean()).isFalse();
        Answer refused = user.get("/api/v1/requests");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        assertThat(admin().post("/api/v1/users/" + name + "/enable", "").status()).isEqualTo(200);
        assertThat(user.get("/api/v1/requests").status()).isEqualTo(200);
        assertThat(admin().post("/api/v1/users/nobody-" + UUID.randomUUID() + "/disable", "").status()).isEqualTo(404);
    }

    @Test
    void theLastEnabledAdministratorCannotBeDisabled() {
        String second = freshName("admin");
        create(second, "ADMIN", "en");
        Api secondAdmin = Api.at(port).as(second, PASSPHRASE);
        assertThat(secondAdmin.post("/api/v1/users/" + second + "/disable", "").status()).isEqualTo(200);

        Answer refused = admin().post("/api/v1/users/demo-admin/disable", "");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.body().get("detail").asString()).contains("last enabled administrator");
        assertThat(admin().get("/api/v1/users").status()).isEqualTo(200);
    }

    @Test
    void everyChangeAndEveryListingIsAuditedWithoutThePassword() {
        String name = freshName("prosecutor");
        create(name, "PROSECUTOR", "nl");
        putPassword(name, "another long passphrase");
        admin().post("/api/v1/users/" + name + "/disable", "");
        admin().post("/api/v1/users/" + name + "/enable", "");

        List<Map<String, Object>> events = jdbc.sql("select username, actor_role, action, case_id, details "
                        + "from audit_events where object_ref = ? order by seq")
                .param("user/" + name).query().listOfRows();
        assertThat(events).extracting(e -> e.get("action")).containsExactly("user.created", "user.password.reset",
                "user.disabled", "user.enabled");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("username")).isEqualTo("demo-admin");
            assertThat(e.get("actor_role")).isEqualTo("ADMIN");
            assertThat(e.get("case_id")).isNull();
            assertThat((String) e.get("details")).doesNotContain("passphrase");
        });
        assertThat((String) events.get(0).get("details")).isEqualTo("{\"language\":\"nl\",\"role\":\"PROSECUTOR\"}");

        long listings = countOf("users.listed");
        admin().get("/api/v1/users");
        assertThat(countOf("users.listed")).isEqualTo(listings + 1);
    }

    Answer putPassword(String username, String password) {
        return admin().send(admin().request("/api/v1/users/" + username + "/password")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Api.json(Map.of("password", password)))));
    }

    long countOf(String action) {
        return jdbc.sql("select count(*) from audit_events where action = ?").param(action).query(Long.class).single();
    }

    static List<String> pointers(Answer problem) {
        assertThat(problem.status()).as(problem.toString()).isEqualTo(400);
        return problem.body().get("errors").valueStream().map(e -> e.get("pointer").asString()).toList();
    }
}
