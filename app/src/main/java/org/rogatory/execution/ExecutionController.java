package org.rogatory.execution;

import static org.rogatory.web.ProblemKind.BLOCKED;
import static org.rogatory.web.ProblemKind.FORBIDDEN;
import static org.rogatory.web.ProblemKind.INVALID_REQUEST;
import static org.rogatory.web.ProblemKind.NOT_FOUND;
import static org.rogatory.web.ProblemKind.PAYLOAD_TOO_LARGE;
import static org.rogatory.web.ProblemKind.UNAUTHENTICATED;
import static org.rogatory.web.ProblemKind.UNSUPPORTED_MEDIA_TYPE;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.rogatory.access.Access;
import org.rogatory.execution.ExecutionViews.ExecutionView;
import org.rogatory.execution.ExecutionViews.IncidentView;
import org.rogatory.execution.ExecutionViews.NoticeView;
import org.rogatory.execution.ExecutionViews.PlanView;
import org.rogatory.execution.ExecutionViews.ReportView;
import org.rogatory.execution.domain.BarNotice.BarAnswer;
import org.rogatory.execution.domain.ExecutionReport;
import org.rogatory.execution.domain.PlanDraft;
import org.rogatory.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The execution of a request: plan, notices to bar presidents, report, incidents. */
@RestController
@RequestMapping(path = "/api/v1/requests/{id}/execution", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "execution")
class ExecutionController {

    private final Access access;
    private final Execution execution;

    ExecutionController(Access access, Execution execution) {
        this.access = access;
        this.execution = execution;
    }

    @GetMapping
    @Operation(summary = "The execution: plan, what holds it back, notices, report, incidents",
            description = "For users who need to know the case. `blockers` lists every unmet obligation (or other "
                    + "reason) that keeps the plan from being confirmed or the report from being filed now.")
    @ApiResponse(responseCode = "200", description = "The execution as it stands")
    @ProblemResponses({UNAUTHENTICATED, FORBIDDEN, NOT_FOUND})
    ExecutionView read(@PathVariable String id) {
        return execution.view(id, access.require(org.rogatory.access.Operation.READ_CASE));
    }

    @PostMapping(path = "/plan", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Draft the execution plan (POLICE)",
            description = "Date and time, places (the request's measures done there, premises, address, city; `bar` "
                    + "where the city has several), officers, foreign officials. Supersedes the previous draft and its "
                    + "confirmation. Refused (409) beyond the judge's authorisation: a foreign official the judge did "
                    + "not name (name and identity document), any role but OBSERVER, a measure or place not authorised.")
    @ApiResponse(responseCode = "201", description = "Drafted")
    @ProblemResponses({INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BLOCKED, PAYLOAD_TOO_LARGE,
            UNSUPPORTED_MEDIA_TYPE})
    ResponseEntity<PlanView> draft(@PathVariable String id, @RequestBody PlanDraft draft) {
        PlanView plan = execution.draftPlan(id, draft, access.require(org.rogatory.access.Operation.PLAN_EXECUTION));
        return ResponseEntity.status(HttpStatus.CREATED).body(plan);
    }

    @PostMapping("/plan/notices")
    @Operation(summary = "Send the notices to bar presidents the plan needs (POLICE); again for those that failed",
            description = "By e-mail, in the bar's language, with a PDF letter: date, premises, case reference, "
                    + "nothing else of the case. A delivered notice is never sent twice. Each notice shows whether "
                    + "the mail server accepted it (DELIVERED) or why not (FAILED, lastError): the plan stays "
                    + "blocked until it is delivered.")
    @ApiResponse(responseCode = "200", description = "The case's notices after this attempt")
    @ProblemResponses({UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BLOCKED})
    List<NoticeView> sendNotices(@PathVariable String id) {
        return execution.sendNotices(id, access.require(org.rogatory.access.Operation.PLAN_EXECUTION));
    }

    @PostMapping("/plan/confirmation")
    @Operation(summary = "Confirm the plan (POLICE)",
            description = "Refused (409) while an OBLIGATION is unmet, each named: BAR_PRESIDENT_NOTIFICATION (notice "
                    + "not delivered), FOREIGN_OFFICIALS_AUTHORISATION (an official not named by the judge, or not "
                    + "observing), INVESTIGATING_JUDGE_REQUIRED (no judge's AUTHORISE). `plan`, the number of the plan "
                    + "the officer read: 409 `plan-redrafted` when another plan has been drafted since.")
    @ApiResponse(responseCode = "200", description = "Confirmed (or confirmed already): the execution")
    @ProblemResponses({UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BLOCKED})
    ExecutionView confirm(@PathVariable String id, @RequestParam(required = false) Integer plan) {
        return execution.confirmPlan(id, plan, access.require(org.rogatory.access.Operation.PLAN_EXECUTION));
    }

    @PostMapping(path = "/notices/{noticeId}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the bar's answer to a notice, from the mail received (CLERK)",
            description = "`answer`: ATTENDS, DELEGATE or DECLINES; `note` optional.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ProblemResponses({INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BLOCKED, UNSUPPORTED_MEDIA_TYPE})
    ResponseEntity<NoticeView> answer(@PathVariable String id, @PathVariable String noticeId,
            @RequestBody AnswerBody body) {
        NoticeView notice = execution.recordAnswer(id, noticeId, body.answer(), body.note(),
                access.require(org.rogatory.access.Operation.RECORD_BAR_ANSWER));
        return ResponseEntity.status(HttpStatus.CREATED).body(notice);
    }

    @PostMapping(path = "/report", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "File the execution report (POLICE); the request moves to EXECUTED",
            description = "Everyone present (role; a foreign official's identity document, whether it was checked, "
                    + "and what they did), what was seized (one item per document or data carrier, with the place "
                    + "found), hearings (with their record), incidents. Only on the confirmed plan (409 otherwise). "
                    + "An unauthorised presence, or a foreign official who did more than observe, opens an incident.")
    @ApiResponse(responseCode = "201", description = "Filed")
    @ProblemResponses({INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BLOCKED, PAYLOAD_TOO_LARGE,
            UNSUPPORTED_MEDIA_TYPE})
    ResponseEntity<ReportView> report(@PathVariable String id, @RequestBody ExecutionReport report) {
        ReportView filed = execution.fileReport(id, report, access.require(org.rogatory.access.Operation.REPORT_EXECUTION));
        return ResponseEntity.status(HttpStatus.CREATED).body(filed);
    }

    @PostMapping(path = "/incidents/{incidentId}/ruling", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rule on an incident (INVESTIGATING_JUDGE)",
            description = "`reasons` required. A ruled incident no longer holds back the transmission.")
    @ApiResponse(responseCode = "201", description = "Ruled")
    @ProblemResponses({INVALID_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BLOCKED, UNSUPPORTED_MEDIA_TYPE})
    ResponseEntity<IncidentView> rule(@PathVariable String id, @PathVariable String incidentId,
            @RequestBody IncidentRulingBody body) {
        IncidentView incident = execution.ruleOnIncident(id, incidentId, body.reasons(),
                access.require(org.rogatory.access.Operation.RULE));
        return ResponseEntity.status(HttpStatus.CREATED).body(incident);
    }

    record AnswerBody(BarAnswer answer, String note) {
    }

    record IncidentRulingBody(String reasons) {
    }
}
