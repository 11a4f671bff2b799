package org.rogatory.web;

import java.util.ArrayList;
import java.util.List;
import org.rogatory.execution.ExecutionViews.PlanView;
import org.rogatory.execution.domain.ExecutionReport;
import org.rogatory.execution.domain.ExecutionReport.Conduct;
import org.rogatory.execution.domain.ExecutionReport.PresentRole;
import org.rogatory.execution.domain.ExecutionReport.SeizedKind;

/**
 * What the report form posts: when the execution took place, everyone present (a foreign official
 * with the identity document checked and what they did), each item seized (one per document or data
 * carrier, with the place found), the hearings with their record, and incidents. A few rows of each;
 * blank rows are left out.
 */
public class ReportForm {

    private String executedAt;
    private List<Present> present = new ArrayList<>();
    private List<Seized> seized = new ArrayList<>();
    private List<Hearing> hearings = new ArrayList<>();
    private List<String> incidents = new ArrayList<>();

    /** A form that starts from the plan: its officers and foreign officials as present, rows to add the others. */
    static ReportForm of(PlanView plan) {
        ReportForm form = new ReportForm();
        if (plan != null) {
            plan.officers().forEach(o -> form.present.add(new Present(o.name(), PresentRole.OFFICER.name(), o.unit(),
                    null, List.of())));
            plan.foreignOfficials().forEach(o -> form.present.add(new Present(o.name(),
                    PresentRole.FOREIGN_OFFICIAL.name(), o.function(), o.identityDocument(),
                    List.of(Conduct.OBSERVED.name()))));
        }
        return form.withSpareRows();
    }

    ReportForm withSpareRows() {
        for (int i = 0; i < 2; i++) {
            present.add(new Present());
        }
        for (int i = 0; i < 3; i++) {
            seized.add(new Seized());
        }
        hearings.add(new Hearing());
        incidents.add("");
        return this;
    }

    /** The report as the police filled it in; {@code rows} learns which form row each element came from. */
    ExecutionReport report(Rows rows) {
        return new ExecutionReport(Rows.dateTime(executedAt),
                rows.keep("present", present, Present::blank, p -> new ExecutionReport.PresentPerson(
                        Rows.trimmed(p.name), Rows.enumOrNull(PresentRole.class, p.role), Rows.trimmed(p.function),
                        Rows.trimmed(p.identityDocument), p.identityChecked,
                        p.conduct == null ? List.of() : p.conduct.stream().filter(c -> !Rows.blank(c))
                                .map(c -> Rows.enumOrNull(Conduct.class, c)).toList())),
                rows.keep("seized", seized, Seized::blank, s -> new ExecutionReport.SeizedItem(
                        Rows.enumOrNull(SeizedKind.class, s.kind), Rows.trimmed(s.label), Rows.trimmed(s.placeFound),
                        Rows.trimmed(s.description))),
                rows.keep("hearings", hearings, Hearing::blank, h -> new ExecutionReport.Hearing(Rows.trimmed(h.person),
                        Rows.date(h.heldOn), Rows.trimmed(h.record))),
                rows.keep("incidents", incidents, Rows::blank, String::strip));
    }

    public String getExecutedAt() {
        return executedAt;
    }

    public void setExecutedAt(String executedAt) {
        this.executedAt = executedAt;
    }

    public List<Present> getPresent() {
        return present;
    }

    public void setPresent(List<Present> present) {
        this.present = present == null ? new ArrayList<>() : present;
    }

    public List<Seized> getSeized() {
        return seized;
    }

    public void setSeized(List<Seized> seized) {
        this.seized = seized == null ? new ArrayList<>() : seized;
    }

    public List<Hearing> getHearings() {
        return hearings;
    }

    public void setHearings(List<Hearing> hearings) {
        this.hearings = hearings == null ? new ArrayList<>() : hearings;
    }

    public List<String> getIncidents() {
        return incidents;
    }

    public void setIncidents(List<String> incidents) {
        this.incidents = incidents == null ? new ArrayList<>() : incidents;
    }

    public static class Present {

        private String name;
        private String role;
        private String function;
        private String identityDocument;
        private boolean identityChecked;
        private List<String> conduct = new ArrayList<>();

        public Present() {
        }

        Present(String name, String role, String function, String identityDocument, List<String> conduct) {
            this.name = name;
            this.role = role;
            this.function = function;
            this.identityDocument = identityDocument;
            this.conduct = new ArrayList<>(conduct);
        }

        /** Nothing typed or chosen: what was ticked alone does not make someone present. */
        boolean blank() {
            return Rows.blank(name) && Rows.blank(role) && Rows.blank(function) && Rows.blank(identityDocument);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getFunction() {
            return function;
        }

        public void setFunction(String function) {
            this.function = function;
        }

        public String getIdentityDocument() {
            return identityDocument;
        }

        public void setIdentityDocument(String identityDocument) {
            this.identityDocument = identityDocument;
        }

        public boolean isIdentityChecked() {
            return identityChecked;
        }

        public void setIdentityChecked(boolean identityChecked) {
            this.identityChecked = identityChecked;
        }

        public List<String> getConduct() {
            return conduct;
        }

        public void setConduct(List<String> conduct) {
            this.conduct = conduct == null ? new ArrayList<>() : conduct;
        }
    }

    public static class Seized {

        private String kind;
        private String label;
        private String placeFound;
        private String description;

        boolean blank() {
            return Rows.blank(label) && Rows.blank(placeFound) && Rows.blank(description);
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getPlaceFound() {
            return placeFound;
        }

        public void setPlaceFound(String placeFound) {
            this.placeFound = placeFound;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    public static class Hearing {

        private String person;
        private String heldOn;
        private String record;

        boolean blank() {
            return Rows.blank(person) && Rows.blank(heldOn) && Rows.blank(record);
        }

        public String getPerson() {
            return person;
        }

        public void setPerson(String person) {
            this.person = person;
        }

        public String getHeldOn() {
            return heldOn;
        }

        public void setHeldOn(String heldOn) {
            this.heldOn = heldOn;
        }

        public String getRecord() {
            return record;
        }

        public void setRecord(String record) {
            this.record = record;
        }
    }
}
