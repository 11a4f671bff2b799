package org.rogatory.web;

import java.util.ArrayList;
import java.util.List;

/**
 * What the decide form posts: the outcome, grounds, reasons, one answer per open finding, the version read
 * and, where the judge may authorise, what an AUTHORISE allows: the measures, the foreign officials who may
 * observe, the conditions, the places the request does not name.
 */
public class DecisionForm {

    private String outcome;
    private List<String> grounds = new ArrayList<>();
    private String reasons;
    private List<Answer> answers = new ArrayList<>();
    private Long version;
    private boolean authorising;
    private List<Integer> measures = new ArrayList<>();
    private List<Official> officials = new ArrayList<>();
    private String conditions;
    private List<Place> places = new ArrayList<>();

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public List<String> getGrounds() {
        return grounds;
    }

    public void setGrounds(List<String> grounds) {
        this.grounds = grounds == null ? new ArrayList<>() : grounds;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public List<Answer> getAnswers() {
        return answers;
    }

    public void setAnswers(List<Answer> answers) {
        this.answers = answers == null ? new ArrayList<>() : answers;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    /** Whether the form offered the authorisation's fields, which an AUTHORISE then sends whole. */
    public boolean isAuthorising() {
        return authorising;
    }

    public void setAuthorising(boolean authorising) {
        this.authorising = authorising;
    }

    /** The indexes of the request's measures the judge authorises. */
    public List<Integer> getMeasures() {
        return measures;
    }

    public void setMeasures(List<Integer> measures) {
        this.measures = measures == null ? new ArrayList<>() : measures;
    }

    public List<Official> getOfficials() {
        return officials;
    }

    public void setOfficials(List<Official> officials) {
        this.officials = officials == null ? new ArrayList<>() : officials;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public List<Place> getPlaces() {
        return places;
    }

    public void setPlaces(List<Place> places) {
        this.places = places == null ? new ArrayList<>() : places;
    }

    /** Where the judge authorises a search or seizure the request gives no street address for; blank: not named. */
    public static class Place {

        private Integer measure;
        private String address;
        private String city;

        public Place() {
        }

        Place(Integer measure, String address, String city) {
            this.measure = measure;
            this.address = address;
            this.city = city;
        }

        public Integer getMeasure() {
            return measure;
        }

        public void setMeasure(Integer measure) {
            this.measure = measure;
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

    /**
     * A foreign official's row: one the request asks to be present, or one the judge adds; only a row
     * the judge marks {@code allowed} is authorised, and then as an observer.
     */
    public static class Official {

        private boolean allowed;
        private String name;
        private String function;
        private String identityDocument;
        private String requestedRole;

        public Official() {
        }

        Official(boolean allowed, String name, String function, String identityDocument, String requestedRole) {
            this.allowed = allowed;
            this.name = name;
            this.function = function;
            this.identityDocument = identityDocument;
            this.requestedRole = requestedRole;
        }

        public boolean isAllowed() {
            return allowed;
        }

        public void setAllowed(boolean allowed) {
            this.allowed = allowed;
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

        /** What the request asked for this official (OBSERVE, ASSIST, ASK_QUESTIONS); none for a row the judge adds. */
        public String getRequestedRole() {
            return requestedRole;
        }

        public void setRequestedRole(String requestedRole) {
            this.requestedRole = requestedRole;
        }
    }

    /** The answer to one finding; a blank disposition means "not answered in this decision". */
    public static class Answer {

        private String findingId;
        private String disposition;
        private String reasons;

        public Answer() {
        }

        Answer(String findingId) {
            this.findingId = findingId;
        }

        public String getFindingId() {
            return findingId;
        }

        public void setFindingId(String findingId) {
            this.findingId = findingId;
        }

        public String getDisposition() {
            return disposition;
        }

        public void setDisposition(String disposition) {
            this.disposition = disposition;
        }

        public String getReasons() {
            return reasons;
        }

        public void setReasons(String reasons) {
            this.reasons = reasons;
        }
    }
}
