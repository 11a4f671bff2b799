package org.rogatory.execution;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.rogatory.access.Language;
import org.rogatory.execution.domain.Bar;
import org.rogatory.execution.domain.ExecutionPlan.Place;
import org.rogatory.intake.domain.CooperationRequest.Premises;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The notice speaks the bar's language, carries a PDF letter, and says nothing of the case it need not say. */
class BarNoticeMailTest {

    static final Place HOME = new Place(List.of(0), Premises.HOME, "Avenue des Saules 14", "Brussels", null);

    @Test
    void writesToEachBarInItsLanguageWithTheLetterAttached() throws Exception {
        assertThat(sent(bar(Language.FR)).getSubject()).isEqualTo(
                "Avis d'une perquisition dans des locaux d'avocat (dossier case-7)");
        assertThat(sent(bar(Language.NL)).getSubject()).startsWith("Bericht van een huiszoeking");
        assertThat(sent(bar(Language.DE)).getSubject()).startsWith("Mitteilung über eine Durchsuchung");
        assertThat(sent(bar(Language.EN)).getSubject()).isEqualTo(
                "Notice of a search in a lawyer's premises (case case-7)");

        MimeMessage french = sent(bar(Language.FR));
        assertThat(french.getHeader(BarNoticeMail.KEY_HEADER)).containsExactly("case-7/plan-1/BXL-FR");
        assertThat(french.getAllRecipients()[0].toString()).isEqualTo("president@bar.example");
        String body = text(french);
        String letter = letter(french);
        for (String said : List.of(body, letter)) {
            assertThat(said).contains("Monsieur le Bâtonnier", "Domicile, Avenue des Saules 14, Brussels", "case-7",
                    "perquisition");
        }
    }

    private static Bar bar(Language language) {
        return new Bar("BXL-FR", "Ordre français des avocats du barreau de Bruxelles", "Monsieur le Bâtonnier",
                "president@bar.example", "Place Poelaert 1, 1000 Bruxelles", language, List.of("Brussels"));
    }

    private static MimeMessage sent(Bar bar) {
        Capturing sender = new Capturing();
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        new BarNoticeMail(sender, messages, "central@rogatory.example").send(new BarNoticeMail.Notice(bar,
                "case-7/plan-1/" + bar.id(), "case-7", LocalDateTime.of(2025, 10, 1, 6, 30), List.of(HOME)));
        assertThat(sender.sent).hasSize(1);
        return sender.sent.get(0);
    }

    private static String text(MimeMessage message) throws Exception {
        BodyPart first = ((Multipart) message.getContent()).getBodyPart(0);
        return first.getContent() instanceof Multipart inner ? (String) inner.getBodyPart(0).getContent()
                : (String) first.getContent();
    }

    private static String letter(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("application/pdf")) {
                try (PDDocument pdf = Loader.loadPDF(parts.getBodyPart(i).getInputStream().readAllBytes())) {
                    return new PDFTextStripper().getText(pdf);
                }
            }
        }
        throw new AssertionError("no PDF attached");
    }

    /** A mail sender that keeps what it is given instead of talking to a server. */
    static final class Capturing extends JavaMailSenderImpl {
        final List<MimeMessage> sent = new ArrayList<>();

        @Override
        protected void doSend(MimeMessage[] messages, Object[] originals) {
            for (MimeMessage message : messages) {
                try {
                    message.saveChanges();
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
                sent.add(message);
            }
        }
    }
}
