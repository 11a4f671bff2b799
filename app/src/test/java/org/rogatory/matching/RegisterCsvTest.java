package org.rogatory.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterCsvTest {

    static final String HEADER = "id,categories,names,birth_date,nationalities,persecuting_states,since,note\n";

    private static List<RegisterEntry> read(String csv) throws Exception {
        return RegisterCsv.read(new StringReader(csv), "register.csv");
    }

    @Test
    void readsListsQuotesAndEmptyFields() throws Exception {
        List<RegisterEntry> entries = read(HEADER
                + "N-1,REFUGEE|LAWYER,\"Ablyazov, Mukhtar|Мухтар Аблязов\",1963-05,KZ,KZ|RU,2013-01-01,\"said \"\"hello\"\"\"\n"
                + "N-2,JOURNALIST,Ana Lima,,,,,\n");
        assertThat(entries).hasSize(2);
        RegisterEntry first = entries.get(0);
        assertThat(first.names()).containsExactly("Ablyazov, Mukhtar", "Мухтар Аблязов");
        assertThat(first.categories()).containsExactly("REFUGEE", "LAWYER");
        assertThat(first.persecutingStates()).containsExactly("KZ", "RU");
        assertThat(first.birthDate()).isEqualTo("1963-05");
        assertThat(first.note()).isEqualTo("said \"hello\"");
        assertThat(entries.get(1).birthDate()).isNull();
        assertThat(entries.get(1).nationalities()).isEmpty();
    }

    @Test
    void acceptsTheColumnsInAnyOrder() throws Exception {
        List<RegisterEntry> entries = read("names,id,categories,birth_date,nationalities,persecuting_states,since,note\n"
                + "Ana Lima,N-9,DOCTOR,1980,BR,,,\n");
        assertThat(entries.get(0).id()).isEqualTo("N-9");
        assertThat(entries.get(0).names()).containsExactly("Ana Lima");
    }

    @Test
    void namesFileLineAndFieldOfABadBirthDate() {
        assertThatThrownBy(() -> read(HEADER + "N-1,REFUGEE,Ana Lima,,,,,\nN-2,REFUGEE,Rui Lima,1980-13-01,,,,\n"))
                .isInstanceOfSatisfying(RegisterFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo("register.csv");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.field()).isEqualTo("birth_date");
                    assertThat(e.getMessage()).startsWith("register.csv:3: field 'birth_date'");
                });
    }

    @Test
    void rejectsAnUnknownColumn() {
        assertThatThrownBy(() -> read("id,categories,names,birth_date,nationalities,persecuting_states,since,note,alias\n"))
                .isInstanceOfSatisfying(RegisterFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.field()).isEqualTo("alias");
                });
    }

    @Test
    void rejectsARowWithTheWrongNumberOfFields() {
        assertThatThrownBy(() -> read(HEADER + "N-1,REFUGEE,Ana Lima,,,\n"))
                .isInstanceOfSatisfying(RegisterFormatException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void rejectsBrokenQuotingWithItsLine() {
        assertThatThrownBy(() -> read(HEADER + "N-1,REFUGEE,Ana Lima,,,,,\n\"N-2\"x,REFUGEE,Rui,,,,,\n"))
                .isInstanceOfSatisfying(RegisterFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("a quoted field is not closed");
                });
    }

    @Test
    void rejectsMissingNamesUnknownCategoriesAndRepeatedIds() {
        assertThatThrownBy(() -> read(HEADER + "N-1,REFUGEE,,,,,,\n"))
                .isInstanceOfSatisfying(RegisterFormatException.class, e -> assertThat(e.field()).isEqualTo("names"));
        assertThatThrownBy(() -> read(HEADER + "N-1,SPY,Ana Lima,,,,,\n"))
                .isInstanceOfSatisfying(RegisterFormatException.class, e -> assertThat(e.field()).isEqualTo("categories"));
        assertThatThrownBy(() -> read(HEADER + "N-1,REFUGEE,Ana Lima,,,,,\nN-1,REFUGEE,Rui Lima,,,,,\n"))
                .isInstanceOfSatisfying(RegisterFormatException.class, e -> assertThat(e.field()).isEqualTo("id"));
        assertThatThrownBy(() -> read(HEADER + "N-1,REFUGEE,Ana Lima,,Brazil,,,\n"))
                .isInstanceOfSatisfying(RegisterFormatException.class,
                        e -> assertThat(e.field()).isEqualTo("nationalities"));
    }
}
