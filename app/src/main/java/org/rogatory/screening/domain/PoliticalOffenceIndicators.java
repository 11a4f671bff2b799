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
import org.rogatory.screening.domain.RegisterHit.Protection;

/**
 * POLITICAL_OFFENCE_INDICATORS: the charges look like those used against dissent. Offence
 * categories that are political in themselves (extremism, public order, insult of officials,
 * defamation); wording typical of such charges in the offences or the facts ("inciting discord",
 * "unauthorised assembly", "false news", "overthrow"...); terrorism charges from a high-risk state;
 * economic charges against someone the register protects from the requesting state, or with an
 * adverse decision concerning it.
 */
final class PoliticalOffenceIndicators implements ScreeningRule {

    private static final Set<OffenceCategory> POLITICAL = EnumSet.of(OffenceCategory.EXTREMISM,
            OffenceCategory.PUBLIC_ORDER, OffenceCategory.INSULT_OF_OFFICIALS, OffenceCategory.DEFAMATION);

    private static final Set<OffenceCategory> ECONOMIC = EnumSet.of(OffenceCategory.CORRUPTION,
            OffenceCategory.EMBEZZLEMENT, OffenceCategory.FRAUD, OffenceCategory.MONEY_LAUNDERING, OffenceCategory.TAX);

    /** Wording of political charges, matched at the start of a word, accents removed, lower case. */
    private static final Pattern WORDING = Pattern.compile("(?<![\\p{L}\\p{M}])("
            + "extremis|public order|inciting (?:social |national |religious )?discord"
            + "|incitement to (?:social |national |religious )?discord|unauthori[sz]ed (?:assembl|rall|demonstrat|protest)"
            + "|unsanctioned|mass riot|mass disorder|insult|false news|false information|fake news|discredit"
            + "|overthrow|constitutional order|separatis|protest|political opponent|dissident|treason|sedition"
            + "|espionage|(?:political |the )?opposition (?:figure|leader|party|movement|activist|politician|blogger)"
            + "|ordre public|fausses nouvelles|outrage a|atteinte a la surete"
            + "|экстремист|общественн\\p{L}* порядк|массов\\p{L}* беспоряд|оскорблен|дискредит|свержен"
            + "|несанкционирован)");

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
            } else if (offence.category() == OffenceCategory.TERRORISM
                    && HighRiskRequestingState.assess(context.requestingState(), context.config()).highRisk()) {
                triggers.add(pointer + "/category");
                reasons.add("terrorism charge from a high-risk state");
            }
            economic |= ECONOMIC.contains(offence.category());
            wording(pointer + "/description", offence.description(), triggers, reasons);
        }
        wording("/facts", request.facts(), triggers, reasons);
        if (economic) {
            opponentLink(context).ifPresent(link -> {
                triggers.add("/offences");
                reasons.add("economic charges against " + link);
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

    private static void wording(String pointer, String text, List<String> triggers, List<String> reasons) {
        if (text == null || text.isBlank()) {
            return;
        }
        Matcher m = WORDING.matcher(NameSpotter.fold(text));
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

    /** Someone of the request or its text whom the requesting state is shown to persecute. */
    private static Optional<String> opponentLink(ScreeningContext context) {
        String state = context.request().requestingState();
        for (Person person : context.request().persons()) {
            for (RegisterHit hit : context.registerHits(person)) {
                if (hit.protectionAgainst(state) == Protection.AGAINST_REQUESTING_STATE
                        || hit.is(RegisterCategory.HUMAN_RIGHTS_DEFENDER)) {
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
