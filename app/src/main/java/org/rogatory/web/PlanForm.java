package org.rogatory.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.rogatory.casework.domain.Authorisation;
import org.rogatory.execution.ExecutionViews.PlanView;
import org.rogatory.execution.domain.ExecutionPlan;
import org.rogatory.execution.domain.PlanDraft;
import org.rogatory.intake.domain.CooperationRequest.Premises;

/**
 * What the plan form posts: when, the places (measures done there, premises, address, city), the
 * officers, the foreign officials. A few rows of each; blank rows are left out. A foreign official
 * is on the plan only to observe: the form has no other role to offer.
 */
public class PlanForm {

    static final int SPARE_ROWS = 1;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private String scheduledFor;
    private List<Place> places = new ArrayList<>();
    private List<Officer> officers = new ArrayList<>();
    private List<Official> officials = new ArrayList<>();

    /** The form for a new draft: the current plan if there is one, else the officials and places the judge named. */
    static PlanForm of(PlanView plan, Authorisation authorisation) {
        PlanForm form = new PlanForm();
        if (plan != null) {
            form.scheduledFor = plan.scheduledFor() == null ? null : LOCAL.format(plan.scheduledFor());
            for (ExecutionPlan.Place p : plan.places()) {
                form.places.add(new Place(new ArrayList<>(p.measures()), p.premises() == null ? null : p.premises().name(),
                        p.address(), p.city()));
            }
            plan.officers().forEach(o -> form.officers.add(new Officer(o.name(), o.unit())));
            plan.foreignOfficials().forEach(o -> form.officials.add(new Official(o.name(), o.function(),
                    o.identityDocument())));
        } else if (authorisation != null) {
            authorisation.foreignOfficials().stream().filter(o -> o != null)
                    .forEach(o -> form.officials.add(new Official(o.name(), o.function(), o.identityDocument())));
            authorisation.places().stream().filter(p -> p != null && p.measure() != null)
                    .forEach(p -> form.places.add(new Place(new ArrayList<>(List.of(p.measure())), null, p.address(),
                            p.city())));
        }
        return form.withSpareRows();
    }

    /** A blank row or two at the end of each list, to add a place, an officer, an official. */
    PlanForm withSpareRows() {
        for (int i = 0; i < SPARE_ROWS; i++) {
            places.add(new Place());
            officials.add(new Official());
        }
        officers.add(new Officer());
        officers.add(new Officer());
        return this;
    }

    /** The draft as the police filled it in; {@code rows} learns which form row each element came from. */
    PlanDraft draft(Rows rows) {
        return new PlanDraft(Rows.dateTime(scheduledFor),
                rows.keep("places", places, Place::blank, p -> new ExecutionPlan.Place(
                        p.measures == null ? List.of() : p.measures.stream().filter(m -> m != null).toList(),
                        Rows.enumOrNull(Premises.class, p.premises), Rows.trimmed(p.address), Rows.trimmed(p.city),
                        null)),
                rows.keep("officers", officers, Officer::blank, o -> new ExecutionPlan.Officer(Rows.trimmed(o.name),
                        Rows.trimmed(o.unit))),
                rows.keep("foreignOfficials", officials, Official::blank, o -> new ExecutionPlan.ForeignObserver(
                        Rows.trimmed(o.name), Rows.trimmed(o.function), Rows.trimmed(o.identityDocument), null)));
    }

    /** The date and time the form shows for a plan: as {@code datetime-local} writes it. */
    static String local(LocalDateTime at) {
        return at == null ? null : LOCAL.format(at);
    }

    public String getScheduledFor() {
        return scheduledFor;
    }

    public void setScheduledFor(String scheduledFor) {
        this.scheduledFor = scheduledFor;
    }

    public List<Place> getPlaces() {
        return places;
    }

    public void setPlaces(List<Place> places) {
        this.places = places == null ? new ArrayList<>() : places;
    }

    public List<Officer> getOfficers() {
        return officers;
    }

    public void setOfficers(List<Officer> officers) {
        this.officers = officers == null ? new ArrayList<>() : officers;
    }

    public List<Official> getOfficials() {
        return officials;
    }

    public void setOfficials(List<Official> officials) {
        this.officials = officials == null ? new ArrayList<>() : officials;
    }

    public static class Place {

        private List<Integer> measures = new ArrayList<>();
        private String premises;
        private String address;
        private String city;

        public Place() {
        }

        Place(List<Integer> measures, String premises, String address, String city) {
            this.measures = measures;
            this.premises = premises;
            this.address = address;
            this.city = city;
        }

        boolean blank() {
            return (measures == null || measures.isEmpty()) && Rows.blank(premises) && Rows.blank(address)
                    && Rows.blank(city);
        }

        public List<Integer> getMeasures() {
            return measures;
        }

        public void setMeasures(List<Integer> measures) {
            this.measures = measures == null ? new ArrayList<>() : measures;
        }

        public String getPremises() {
            return premises;
        }

        public void setPremises(String premises) {
            this.premises = premises;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }

        public String getCity() {
            return city;
        }

        public void setCity(String city) {
            this.city = city;
        }
    }

    public static class Officer {

        private String name;
        private String unit;

        public Officer() {
        }

        Officer(String name, String unit) {
            this.name = name;
            this.unit = unit;
        }

        boolean blank() {
            return Rows.blank(name) && Rows.blank(unit);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }
    }

    public static class Official {

        private String name;
        private String function;
        private String identityDocument;

        public Official() {
        }

        Official(String name, String function, String identityDocument) {
            this.name = name;
            this.function = function;
            this.identityDocument = identityDocument;
        }

        boolean blank() {
            return Rows.blank(name) && Rows.blank(function) && Rows.blank(identityDocument);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
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
    }
}
