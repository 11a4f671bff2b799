package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Offence;
import org.rogatory.intake.domain.CooperationRequest.OffenceCategory;
import org.rogatory.intake.domain.CooperationRequest.Person;
import org.rogatory.intake.domain.CooperationRequest.PersonRole;
import org.rogatory.screening.domain.RegisterHit.Protection;

/**
 * POLITICAL_OFFENCE_INDICATORS: the charges look like those used against dissent. Offence
 * categories that are political in themselves (extremism, public order, insult of officials,
 * defamation); wording typical of such charges in the offences or the facts ("inciting discord",
 * "unauthorised assembly", "false news", "overthrow", "propaganda against the state"...); terrorism
 * charges from a high-risk state; any charge against someone the register protects from the requesting
 * state, or with an adverse decision concerning it.
 */
final class PoliticalOffenceIndicators implements ScreeningRule {

    private static final Set<OffenceCategory> POLITICAL = EnumSet.of(OffenceCategory.EXTREMISM,
            OffenceCategory.PUBLIC_ORDER, OffenceCategory.INSULT_OF_OFFICIALS, OffenceCategory.DEFAMATION);

    private static final Set<OffenceCategory> ECONOMIC = EnumSet.of(OffenceCategory.CORRUPTION,
            OffenceCategory.EMBEZZLEMENT, OffenceCategory.FRAUD, OffenceCategory.MONEY_LAUNDERING, OffenceCategory.TAX);

    /** Wording of political charges, matched at the start of a word, accents removed, lower case. */
    private static final Pattern WORDING = Pattern.compile("(?<![\\p{L}\\p{M}])("
            + "extremis[mt]|public order|inciting (?:social |national |religious )?discord"
            + "|incitement to (?:social |national |religious )?discord"
            + "|unauthori[sz]ed (?:assembl|rall|demonstrat|protest)"
            + "|unsanctioned|mass riot|mass disorder|insult|false news|false information|fake news"
            + "|discredit\\p{L}*(?: \\p{L}+){0,4}"
            + " (?:armed forces|army|military|state|government|authorities|president|police)"
            + "|overthrow|seizure of power|constitutional order|separatis|protest|political opponent|dissident"
            + "|treason|sedition|subversi|(?<!industrial |economic |corporate |commercial )espionage|state secret"
            + "|propaganda against|anti-state|against (?:the )?(?:national|state) security|collusion against"
            + "|national unity|undesirable organi|foreign agent|enmity against god|picking quarrels"
            + "|(?:political |the )?opposition (?:figure|leader|party|movement|activist|politician|blogger)"
            + "|ordre public|fausses nouvelles|outrage a|atteinte a la surete|propagande contre"
            + "|organisation indesirable|agent de l'etranger|intelligence avec"
            + "|экстремист|общественн\\p{L}* порядк|массов\\p{L}* беспоряд|оскорблен|дискредит|свержен"
            + "|захват\\p{L}* власти|несанкционирован|сепаратиз|заведомо ложн|нежелательн\\p{L}* организац"
            + "|иностранн\\p{L}* агент|государственн\\p{L}* измен)");

    /**
     * A bill of exchange or a cheque is "protested" when it is not paid: a word of commercial law, not
     * of dissent. Such phrases are taken out of a text before its wording is read.
     */
    private static final Pattern COMMERCIAL_PROTEST = Pattern.compile("(?<![\\p{L}\\p{M}])(?:"
            + "(?:bills?|cheques?|checks?|notes?|drafts?)(?: of exchange)?[^.;:]{0,40}?protest\\p{L}*"
            + "|protest\\p{L}*(?: (?:of|for|on)(?: (?:the|a|an|its|their))?)?"
            + " (?:bills?|cheques?|checks?|drafts?|non-payment|non-acceptance|dishonou?r)"
            + "|under protest|protest\\p{L}* notari\\p{L}*|notari\\p{L}* protest)");

    /**
     * Wording of a terrorism charge, which is political when a high-risk state brings it, accents
     * removed, lower case ("terrorising the staff" is no such charge; Arabic has its article joined).
     */
    private static final Pattern TERRORISM = Pattern.compile("(?<![\\p{L}\\p{M}])(?:terroris[mt]|террорис)|ارهاب");

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        CooperationRequest request = context.request();
        List<String> triggers = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        boolean economic = false;
        for (int i = 0; i < request.offences().size(); i++) {
            Offence offence = request.offences().get(i);
            String pointer = "/offences/" + i;
            if (POLITICAL.contains(offence.category())) {
                triggers.add(pointer + "/category");
                reasons.add("offence category " + offence.category());
            } else if (terrorism(offence)
                    && HighRiskRequestingState.assess(context.requestingState(), context.config()).highRisk()) {
                triggers.add(pointer);
                reasons.add("terrorism charge from a high-risk state");
            }
            economic |= ECONOMIC.contains(offence.category());
            wording(pointer + "/description", offence.description(), triggers, reasons);
            wording(pointer + "/legalQualification", offence.legalQualification(), triggers, reasons);
        }
        wording("/facts", request.facts(), triggers, reasons);
        if (!request.offences().isEmpty()) {
            String charges = economic ? "economic charges against " : "charges against ";
            opponentLink(context, economic).ifPresent(link -> {
                triggers.add("/offences");
                reasons.add(charges + link);
            });
        }
        if (reasons.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.of(FindingCode.POLITICAL_OFFENCE_INDICATORS, null, "",
                Evidence.fromRequest(String.join(", ", triggers.stream().distinct().toList()),
                        "Typical of political persecution: " + String.join("; ", reasons.stream().distinct().toList())
                                + ".")));
    }

    private static boolean terrorism(Offence offence) {
        return offence.category() == OffenceCategory.TERRORISM
                || says(TERRORISM, offence.description()) || says(TERRORISM, offence.legalQualification());
    }

    private static boolean says(Pattern wording, String text) {
        return text != null && wording.matcher(NameSpotter.fold(text)).find();
    }

    private static void wording(String pointer, String text, List<String> triggers, List<String> reasons) {
        if (text == null || text.isBlank()) {
            return;
        }
        Matcher m = WORDING.matcher(COMMERCIAL_PROTEST.matcher(NameSpotter.fold(text)).replaceAll(" "));
        List<String> words = new ArrayList<>();
        while (m.find()) {
            if (!words.contains(m.group(1))) {
                words.add(m.group(1));
            }
        }
        if (!words.isEmpty()) {
            triggers.add(pointer);
            reasons.add(pointer + " says \"" + String.join("\", \"", words) + "\"");
        }
    }

    /**
     * Someone the request charges whom the requesting state is shown to persecute: whatever it charges
     * them with may be a pretext. Economic charges, the usual pretext, also against a human-rights
     * defender or against the associates of a person the register protects from the requesting state. A
     * witness or victim is charged with nothing (their protection is raised by its own findings).
     */
    private static Optional<String> opponentLink(ScreeningContext context, boolean economic) {
        String state = context.request().requestingState();
        for (Person person : context.request().persons()) {
            if (person.role() != PersonRole.SUSPECT && person.role() != PersonRole.ACCUSED) {
                continue;
            }
            for (RegisterHit hit : context.registerHits(person)) {
                if (hit.protectionAgainst(state) == Protection.AGAINST_REQUESTING_STATE
                        || economic && hit.is(RegisterCategory.HUMAN_RIGHTS_DEFENDER)) {
                    return Optional.of(Requests.label(person) + ", who may be register entry " + hit.describe());
                }
            }
            for (DecisionHit hit : context.decisionHits(person)) {
                if (hit.decision().concerns(state)) {
                    return Optional.of(Requests.label(person) + ", who may be the subject of "
                            + hit.decision().describe());
                }
            }
        }
        if (!economic) {
            return Optional.empty();
        }
        for (TextMention mention : context.mentions()) {
            for (RegisterHit hit : mention.register()) {
                if (hit.protectionAgainst(state) == Protection.AGAINST_REQUESTING_STATE) {
                    return Optional.of("persons linked to '" + mention.name() + "', register entry "
                            + hit.describe());
                }
            }
        }
        return Optional.empty();
    }
}
