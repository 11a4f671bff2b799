package org.rogatory.execution;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.rogatory.execution.domain.Bar;
import org.rogatory.letters.Letter;
import org.rogatory.execution.domain.ExecutionPlan.Place;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The notice to a bar president, by SMTP (server in {@code spring.mail.*}): in the bar's language,
 * with a PDF letter attached. It says when, where (premises and address) and the case reference, and
 * nothing of the case: not the requesting state, the offence or the person's name.
 */
@Component
class BarNoticeMail {

    /** Header carrying the notice's key, so that a recipient (or a test) recognises a notice sent twice. */
    static final String KEY_HEADER = "X-Rogatory-Notice";

    private final JavaMailSender sender;
    private final MessageSource messages;
    private final String from;

    BarNoticeMail(JavaMailSender sender, MessageSource messages, @Value("${rogatory.mail.from}") String from) {
        this.sender = sender;
        this.messages = messages;
        this.from = from;
    }

    /** Hands the notice to the mail server; returns once the server accepted it, or throws a MailException. */
    void send(Notice notice) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper mail = new MimeMessageHelper(message, true, "UTF-8");
            Locale locale = notice.bar().language().locale();
            mail.setFrom(from);
            mail.setTo(notice.bar().email());
            mail.setSubject(text(locale, "notice.subject", notice.caseReference()));
            mail.setText(body(notice, locale));
            mail.addAttachment(text(locale, "notice.file", notice.caseReference()) + ".pdf",
                    new ByteArrayResource(letter(notice, locale)), "application/pdf");
            message.setHeader(KEY_HEADER, notice.key());
        } catch (MessagingException e) {
            throw new MailPreparationException("cannot write the notice " + notice.key(), e);
        }
        sender.send(message);
    }

    private String body(Notice notice, Locale locale) {
        StringBuilder body = new StringBuilder();
        body.append(notice.bar().president()).append(",\n\n");
        body.append(text(locale, "notice.intro")).append("\n\n");
        body.append(text(locale, "notice.when")).append(": ").append(when(notice.scheduledFor(), locale)).append('\n');
        for (Place place : notice.places()) {
            body.append(text(locale, "notice.premises")).append(": ").append(premises(place, locale)).append('\n');
        }
        body.append(text(locale, "notice.reference")).append(": ").append(notice.caseReference()).append("\n\n");
        body.append(text(locale, "notice.answer")).append("\n\n");
        body.append(text(locale, "notice.confidential")).append("\n\n");
        body.append(text(locale, "notice.signature")).append('\n');
        return body.toString();
    }

    byte[] letter(Notice notice, Locale locale) {
        Letter letter = Letter.titled(text(locale, "notice.title"))
                .paragraph(notice.bar().name() + "\n" + notice.bar().postalAddress())
                .paragraph(notice.bar().president() + ",")
                .paragraph(text(locale, "notice.intro"))
                .line(text(locale, "notice.when"), when(notice.scheduledFor(), locale));
        for (Place place : notice.places()) {
            letter.line(text(locale, "notice.premises"), premises(place, locale));
        }
        return letter.line(text(locale, "notice.reference"), notice.caseReference())
                .paragraph(text(locale, "notice.answer"))
                .paragraph(text(locale, "notice.confidential"))
                .paragraph(text(locale, "notice.signature"))
                .pdf();
    }

    private String premises(Place place, Locale locale) {
        return text(locale, "premises." + place.premises().name()) + ", " + place.address() + ", " + place.city();
    }

    private static String when(LocalDateTime at, Locale locale) {
        return at.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale));
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** What one notice says, to one bar. */
    record Notice(Bar bar, String key, String caseReference, LocalDateTime scheduledFor, List<Place> places) {
    }
}
