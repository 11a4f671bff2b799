package org.rogatory.web;

import java.util.ArrayList;
import java.util.List;

/** What the decide form posts: the outcome, grounds, reasons, one answer per open finding, and the version read. */
public class DecisionForm {

    private String outcome;
    private List<String> grounds = new ArrayList<>();
    private String reasons;
    private List<Answer> answers = new ArrayList<>();
    private Long version;

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
