package org.rogatory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rogatory.access.Access;
import org.rogatory.access.Operation;
import org.rogatory.access.User;
import org.rogatory.casework.Casework.Registered;
import org.rogatory.intake.Intake;
import org.rogatory.intake.domain.CooperationRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The clerk's intake: a form for the common shape of a request (one legal basis, offence, person,
 * measure and foreign official), or the upload of a request JSON file for anything richer. Both
 * go through {@link Intake}, so the verdict is the API's; its JSON pointers are mapped back to the
 * form's fields.
 */
@UiController
class IntakePage {

    /** Form field to the JSON pointer it fills, in the order of the form. */
    static final Map<String, String> FIELDS = fields(
            "foreignReference", "/foreignReference",
            "receivedOn", "/receivedOn",
            "channel", "/channel",
            "requestingState", "/requestingState",
            "authorityName", "/requestingAuthority/name",
            "authorityKind", "/requestingAuthority/kind",
            "legalInstrument", "/legalBasis/0/instrument",
            "legalArticle", "/legalBasis/0/article",
            "offenceDescription", "/offences/0/description",
            "offenceCategory", "/offences/0/category",
            "offenceQualification", "/offences/0/legalQualification",
            "maxPenaltyYears", "/offences/0/maxPenaltyYears",
            "deathPenaltyPossible", "/offences/0/deathPenaltyPossible",
            "deathPenaltyAssurance", "/offences/0/deathPenaltyAssurance",
            "facts", "/facts",
            "personRole", "/persons/0/role",
            "personFullName", "/persons/0/names/0/full",
            "personGiven", "/persons/0/names/0/given",
            "personFamily", "/persons/0/names/0/family",
            "personScript", "/persons/0/names/0/script",
            "personBirthDate", "/persons/0/birthDate",
            "personNationality", "/persons/0/nationalities/0",
            "personProfession", "/persons/0/profession",
            "personCountry", "/persons/0/addresses/0/country",
            "personCity", "/persons/0/addresses/0/city",
            "personAddress", "/persons/0/addresses/0/line",
            "measureType", "/measures/0/type",
            "measurePremises", "/measures/0/premises",
            "measureUnderCompulsion", "/measures/0/underCompulsion",
            "measureDetails", "/measures/0/details",
            "officialName", "/foreignOfficials/0/name",
            "officialFunction", "/foreignOfficials/0/function",
            "officialRole", "/foreignOfficials/0/requestedRole",
            "deadline", "/deadline",
            "urgent", "/urgent");

    private static final List<String> CHECKBOXES = List.of("deathPenaltyPossible", "deathPenaltyAssurance",
            "measureUnderCompulsion", "urgent");
    private static final List<String> NUMBERS = List.of("maxPenaltyYears");
    private static final String PERSON_REF = "p1";

    private final Access access;
    private final Intake intake;
    private final JsonMapper json;

    IntakePage(Access access, Intake intake, JsonMapper json) {
        this.access = access;
        this.intake = intake;
        this.json = json;
    }

    @GetMapping("/intake")
    String form(Model model) {
        access.require(Operation.REGISTER_REQUEST);
        return page(Map.of(), model);
    }

    @PostMapping("/intake")
    String register(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        User clerk = access.require(Operation.REGISTER_REQUEST);
        try {
            return registered(intake.register(json.writeValueAsBytes(request(values)), clerk), redirect);
        } catch (ProblemException refused) {
            return refused(refused, values, model, response);
        }
    }

    @PostMapping("/intake/upload")
    String upload(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect,
            HttpServletResponse response) throws IOException {
        User clerk = access.require(Operation.REGISTER_REQUEST);
        model.addAttribute("returnTo", "/intake");
        try {
            return registered(intake.register(file.getBytes(), clerk), redirect);
        } catch (ProblemException refused) {
            model.addAttribute("uploadRefused", true);
            return refused(refused, Map.of(), model, response);
        }
    }

    private String registered(Registered registered, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", registered.created() ? "intake.registered" : "intake.registeredBefore");
        redirect.addFlashAttribute("noticeState", registered.view().state());
        // a request registered before by someone else may be a case this clerk does not need to know
        return registered.view().state() == null ? "redirect:/intake" : "redirect:/cases/" + registered.view().id();
    }

    private String refused(ProblemException refused, Map<String, String> values, Model model,
            HttpServletResponse response) {
        ProblemDetail problem = refused.getBody();
        if (problem.getStatus() != 400) {
            throw refused;
        }
        response.setStatus(400);
        Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
        List<FieldProblem> otherErrors = new ArrayList<>();
        Object errors = problem.getProperties() == null ? null : problem.getProperties().get("errors");
        if (errors instanceof Collection<?> list) {
            for (Object item : list) {
                if (item instanceof FieldProblem error) {
                    String field = values.isEmpty() ? null : fieldFor(error.pointer());
                    if (field == null) {
                        otherErrors.add(error);
                    } else {
                        fieldErrors.computeIfAbsent(field, f -> new ArrayList<>()).add(error.detail());
                    }
                }
            }
        }
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("otherErrors", otherErrors);
        return page(values, model);
    }

    private String page(Map<String, String> values, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("channels", CooperationRequest.Channel.values());
        model.addAttribute("authorityKinds", CooperationRequest.AuthorityKind.values());
        model.addAttribute("instruments", CooperationRequest.Instrument.values());
        model.addAttribute("categories", CooperationRequest.OffenceCategory.values());
        model.addAttribute("personRoles", CooperationRequest.PersonRole.values());
        model.addAttribute("measureTypes", CooperationRequest.MeasureType.values());
        model.addAttribute("premises", CooperationRequest.Premises.values());
        model.addAttribute("officialRoles", CooperationRequest.RequestedRole.values());
        return "intake";
    }

    /**
     * The form field a problem is about: the field of that pointer, or for a problem about a
     * whole part (a missing legal basis, a person without names) the first field of that part.
     */
    static String fieldFor(String pointer) {
        for (Map.Entry<String, String> field : FIELDS.entrySet()) {
            if (field.getValue().equals(pointer)) {
                return field.getKey();
            }
        }
        if (pointer.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, String> field : FIELDS.entrySet()) {
            if (field.getValue().startsWith(pointer + "/")) {
                return field.getKey();
            }
        }
        return null;
    }

    /**
     * The request the form describes, with blank fields left out so that the validator names what
     * is missing. Without a name there is no person (a request about a company's records may have
     * none), and without an official's role no foreign official.
     */
    ObjectNode request(Map<String, String> values) {
        ObjectNode request = json.createObjectNode();
        boolean person = filled(values, "personFullName") || filled(values, "personRole");
        boolean official = filled(values, "officialRole") || filled(values, "officialName")
                || filled(values, "officialFunction");
        for (Map.Entry<String, String> field : FIELDS.entrySet()) {
            String name = field.getKey();
            if ((name.startsWith("person") && !person) || (name.startsWith("official") && !official)) {
                continue;
            }
            if (CHECKBOXES.contains(name)) {
                if (filled(values, name)) {
                    put(request, field.getValue(), json.getNodeFactory().booleanNode(true));
                }
            } else if (filled(values, name)) {
                String value = values.get(name).strip();
                put(request, field.getValue(), NUMBERS.contains(name) && value.matches("-?\\d{1,9}")
                        ? json.getNodeFactory().numberNode(Integer.parseInt(value))
                        : json.getNodeFactory().stringNode(value));
            }
        }
        if (!person) {
            // a request about a company's records may concern no person, but says so with an empty list
            request.set("persons", json.createArrayNode());
        } else {
            put(request, "/persons/0/ref", json.getNodeFactory().stringNode(PERSON_REF));
            if (request.has("measures")) {
                put(request, "/measures/0/personRef", json.getNodeFactory().stringNode(PERSON_REF));
            }
        }
        return request;
    }

    private static boolean filled(Map<String, String> values, String name) {
        return values.get(name) != null && !values.get(name).isBlank();
    }

    /** Sets the value at a pointer whose array indexes are all 0, creating the objects and arrays on the way. */
    private void put(ObjectNode root, String pointer, JsonNode value) {
        String[] steps = pointer.substring(1).split("/");
        JsonNode node = root;
        for (int i = 0; i < steps.length; i++) {
            boolean last = i == steps.length - 1;
            boolean nextIsIndex = !last && steps[i + 1].matches("\\d+");
            if (node instanceof ObjectNode object) {
                if (last) {
                    object.set(steps[i], value);
                } else {
                    if (!object.has(steps[i])) {
                        object.set(steps[i], nextIsIndex ? json.createArrayNode() : json.createObjectNode());
                    }
                    node = object.get(steps[i]);
                }
            } else if (node instanceof ArrayNode array) {
                if (last) {
                    array.add(value);
                } else {
                    if (array.isEmpty()) {
                        array.add(nextIsIndex ? json.createArrayNode() : json.createObjectNode());
                    }
                    node = array.get(0);
                }
            }
        }
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(fields);
    }
}
