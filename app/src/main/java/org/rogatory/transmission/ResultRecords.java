package org.rogatory.transmission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rogatory.transmission.domain.Objection;
import org.rogatory.transmission.domain.ResultItem;
import org.rogatory.transmission.domain.ResultItem.Content;
import org.rogatory.transmission.domain.ResultItem.ItemFinding;
import org.rogatory.transmission.domain.ResultItem.ItemKind;
import org.rogatory.transmission.domain.Review;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The transmission tables: result items with contents, findings and reviews; notifications; objections; transmissions. */
@Repository
class ResultRecords {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ResultRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insertItem(String caseId, ResultItem item, String addedBy, Instant at) {
        jdbc.sql("""
                insert into result_items (id, case_id, item_no, kind, label, description, place_found, added_by, added_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(item.id(), caseId, item.number(), item.kind().name(), item.label(), item.description(),
                        item.placeFound(), addedBy, utc(at))
                .update();
    }

    int items(String caseId) {
        return jdbc.sql("select count(*) from result_items where case_id = ?").param(caseId).query(Integer.class)
                .single();
    }

    /** Replaces the item's content and its findings. */
    void replaceContent(String itemId, Content content, byte[] original, String text, List<ItemFinding> findings,
            String uploadedBy, Instant at) {
        jdbc.sql("delete from result_item_findings where item_id = ?").param(itemId).update();
        jdbc.sql("delete from result_item_contents where item_id = ?").param(itemId).update();
        jdbc.sql("""
                insert into result_item_contents (item_id, media_type, original, text, sha256, size, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(itemId, content.mediaType(), original, text, content.sha256(), content.size(), uploadedBy,
                        utc(at))
                .update();
        for (ItemFinding finding : findings) {
            jdbc.sql("""
                    insert into result_item_findings (item_id, finding_id, register_id, matched_name, mention, score)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(itemId, finding.id(), finding.registerId(), finding.matchedName(), finding.mention(),
                            finding.score())
                    .update();
        }
    }

    Optional<byte[]> original(String itemId) {
        return jdbc.sql("select original from result_item_contents where item_id = ?").param(itemId)
                .query((rs, n) -> rs.getBytes("original")).optional();
    }

    Optional<String> text(String itemId) {
        return jdbc.sql("select text from result_item_contents where item_id = ?").param(itemId)
                .query(String.class).optional();
    }

    /** The redacted text of the item's latest review, if that review redacted it. */
    Optional<String> redactedText(String itemId) {
        return jdbc.sql("""
                select redacted_text from result_item_reviews
                where item_id = ? and review_no = (select max(review_no) from result_item_reviews where item_id = ?)""")
                .params(itemId, itemId)
                .query((rs, n) -> Optional.ofNullable(rs.getString("redacted_text")))
                .optional().flatMap(t -> t);
    }

    void insertReview(String itemId, String id, Review review, String redactedText) {
        jdbc.sql("""
                insert into result_item_reviews (id, item_id, review_no, decision, reasons, redacted_text, redacted_sha256,
                                                 reviewer, reviewed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, itemId, review.number(), review.decision().name(), review.reasons(), redactedText,
                        review.redactedSha256(), review.reviewer(), utc(review.at()))
                .update();
    }

    void withhold(String itemId, String objectionId) {
        jdbc.sql("update result_items set withheld_by = ? where id = ? and withheld_by is null")
                .params(objectionId, itemId).update();
    }

    /** The case's items with their content (without the bytes), findings and latest review, in order. */
    List<ResultItem> itemsOf(String caseId) {
        Map<String, List<ItemFinding>> findings = new HashMap<>();
        jdbc.sql("""
                select f.item_id, f.finding_id, f.register_id, f.matched_name, f.mention, f.score
                from result_item_findings f join result_items i on i.id = f.item_id
                where i.case_id = ? order by f.score desc, f.finding_id""")
                .param(caseId)
                .query(rs -> {
                    findings.computeIfAbsent(rs.getString("item_id"), k -> new ArrayList<>()).add(new ItemFinding(
                            rs.getString("finding_id"), rs.getString("register_id"), rs.getString("matched_name"),
                            rs.getString("mention"), rs.getDouble("score")));
                });
        return jdbc.sql("""
                select i.*, c.media_type, c.sha256, c.size,
                       r.review_no, r.decision, r.reasons, r.reviewer, r.reviewed_at, r.redacted_sha256
                from result_items i
                left join result_item_contents c on c.item_id = i.id
                left join result_item_reviews r on r.item_id = i.id
                     and r.review_no = (select max(review_no) from result_item_reviews where item_id = i.id)
                where i.case_id = ? order by i.item_no""")
                .param(caseId)
                .query((rs, n) -> item(rs, findings.getOrDefault(rs.getString("id"), List.of())))
                .list();
    }

    void insertNotification(String caseId, String id, String person, LocalDate notifiedOn, String recordedBy,
            Instant at) {
        jdbc.sql("""
                insert into affected_person_notifications (id, case_id, person, notified_on, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, caseId, person, notifiedOn, recordedBy, utc(at))
                .update();
    }

    List<Notification> notifications(String caseId) {
        return jdbc.sql("select * from affected_person_notifications where case_id = ? order by recorded_at, id")
                .param(caseId)
                .query((rs, n) -> new Notification(rs.getString("id"), rs.getString("person"),
                        rs.getObject("notified_on", LocalDate.class), rs.getString("recorded_by"),
                        instant(rs, "recorded_at")))
                .list();
    }

    void insertObjection(String caseId, Objection objection) {
        int number = jdbc.sql("select count(*) from objections where case_id = ?").param(caseId).query(Integer.class)
                .single() + 1;
        jdbc.sql("""
                insert into objections (id, case_id, objection_no, objector, capacity, received_on, items, grounds,
                                        recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(objection.id(), caseId, number, objection.objector(), objection.capacity().name(),
                        objection.receivedOn(), json.writeValueAsString(objection.items()), objection.grounds(),
                        objection.recordedBy(), utc(objection.recordedAt()))
                .update();
    }

    /** Records the judge's ruling; false if the objection was ruled on already. */
    boolean rule(String objectionId, Objection.Ruling ruling) {
        return jdbc.sql("""
                update objections set ruling = ?, ruling_reasons = ?, ruled_by = ?, ruled_at = ?
                where id = ? and ruling is null""")
                .params(ruling.outcome().name(), ruling.reasons(), ruling.judge(), utc(ruling.at()), objectionId)
                .update() == 1;
    }

    List<Objection> objections(String caseId) {
        return jdbc.sql("select * from objections where case_id = ? order by objection_no").param(caseId)
                .query((rs, n) -> new Objection(rs.getString("id"), rs.getString("objector"),
                        Objection.Capacity.valueOf(rs.getString("capacity")),
                        rs.getObject("received_on", LocalDate.class),
                        json.readValue(rs.getString("items"), new TypeReference<List<String>>() {
                        }), rs.getString("grounds"), rs.getString("recorded_by"), instant(rs, "recorded_at"),
                        rs.getString("ruling") == null ? null : new Objection.Ruling(
                                Objection.Outcome.valueOf(rs.getString("ruling")), rs.getString("ruling_reasons"),
                                rs.getString("ruled_by"), instant(rs, "ruled_at"))))
                .list();
    }

    void insertTransmission(String caseId, SentPackage sent, byte[] zip) {
        jdbc.sql("""
                insert into transmissions (id, case_id, authorising_decision, channel, recipient, languages, grounds,
                                           use_limitation, manifest, package, package_sha256, transmitted_by,
                                           transmitted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(sent.id(), caseId, sent.authorisingDecision(), sent.channel(), sent.recipient(),
                        String.join(",", sent.languages()), json.writeValueAsString(sent.grounds()),
                        sent.useLimitation(), sent.manifest(), zip, sent.packageSha256(), sent.transmittedBy(),
                        utc(sent.transmittedAt()))
                .update();
        for (SentPackage.SentItem item : sent.items()) {
            jdbc.sql("insert into transmission_items (transmission_id, item_id, version, file, sha256) values (?, ?, ?, ?, ?)")
                    .params(sent.id(), item.itemId(), item.version(), item.file(), item.sha256())
                    .update();
        }
    }

    Optional<SentPackage> transmission(String caseId) {
        return jdbc.sql("select * from transmissions where case_id = ?").param(caseId)
                .query((rs, n) -> {
                    String id = rs.getString("id");
                    return new SentPackage(id, rs.getString("authorising_decision"), rs.getString("channel"),
                            rs.getString("recipient"), List.of(rs.getString("languages").split(",")),
                            json.readValue(rs.getString("grounds"), new TypeReference<List<String>>() {
                            }), rs.getString("use_limitation"), rs.getString("manifest"),
                            rs.getString("package_sha256"), rs.getString("transmitted_by"),
                            instant(rs, "transmitted_at"), sentItems(id));
                })
                .optional();
    }

    /** The package as it left, byte for byte. */
    Optional<byte[]> transmittedPackage(String caseId) {
        return jdbc.sql("select package from transmissions where case_id = ?").param(caseId)
                .query((rs, n) -> rs.getBytes("package")).optional();
    }

    private List<SentPackage.SentItem> sentItems(String transmissionId) {
        return jdbc.sql("select * from transmission_items where transmission_id = ? order by file").param(transmissionId)
                .query((rs, n) -> new SentPackage.SentItem(rs.getString("item_id"), rs.getString("version"),
                        rs.getString("file"), rs.getString("sha256")))
                .list();
    }

    private static ResultItem item(ResultSet rs, List<ItemFinding> findings) throws SQLException {
        String mediaType = rs.getString("media_type");
        String decision = rs.getString("decision");
        return new ResultItem(rs.getString("id"), rs.getInt("item_no"), ItemKind.valueOf(rs.getString("kind")),
                rs.getString("label"), rs.getString("description"), rs.getString("place_found"),
                mediaType == null ? null : new Content(mediaType, rs.getString("sha256"), rs.getLong("size")),
                findings,
                decision == null ? null : new Review(rs.getInt("review_no"), Review.Decision.valueOf(decision),
                        rs.getString("reasons"),
                        rs.getString("reviewer"), instant(rs, "reviewed_at"), rs.getString("redacted_sha256")),
                rs.getString("withheld_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** The affected person's notification, as the clerk recorded it. */
    record Notification(String id, String person, LocalDate notifiedOn, String recordedBy, Instant recordedAt) {
    }
}
