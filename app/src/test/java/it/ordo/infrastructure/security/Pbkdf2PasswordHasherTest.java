package it.ordo.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** What a copy of the user table gives away: nothing but salted, slow hashes. */
class Pbkdf2PasswordHasherTest {

    private static final Pbkdf2PasswordHasher HASHER = new Pbkdf2PasswordHasher();

    @Test
    void theSamePasswordGivesADifferentHashEachTimeAndBothVerify() {
        String first = HASHER.hash("Primavera2026!");
        String second = HASHER.hash("Primavera2026!");

        assertThat(first).isNotEqualTo(second);
        assertThat(HASHER.verify("Primavera2026!", first)).isTrue();
        assertThat(HASHER.verify("Primavera2026!", second)).isTrue();
    }

    @Test
    void aWrongPasswordDoesNotVerify() {
        String stored = HASHER.hash("Primavera2026!");

        assertThat(HASHER.verify("primavera2026!", stored)).isFalse();
        assertThat(HASHER.verify("Primavera2026", stored)).isFalse();
        assertThat(HASHER.verify("", stored)).isFalse();
        assertThat(HASHER.verify(null, stored)).isFalse();
    }

    @Test
    void theStoredTextHasTheDocumentedShapeAndNeverThePassword() {
        String password = "segreto-aziendale";
        String stored = HASHER.hash(password);

        String[] parts = stored.split("\\$");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(210_000);
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
        assertThat(stored).doesNotContain(password)
                .doesNotContain(Base64.getEncoder().withoutPadding().encodeToString(password.getBytes(StandardCharsets.UTF_8)));
        assertThat(stored.length()).isLessThanOrEqualTo(200); // fits user_account.password_hash
    }

    @Test
    void accentsAndSymbolsArePartOfThePassword() {
        String stored = HASHER.hash("perché-così €");

        assertThat(HASHER.verify("perché-così €", stored)).isTrue();
        assertThat(HASHER.verify("perche-cosi €", stored)).isFalse();
    }

    @Test
    void aDamagedOrForeignHashNeverVerifies() {
        assertThat(HASHER.verify("x", null)).isFalse();
        assertThat(HASHER.verify("x", "x")).isFalse();
        assertThat(HASHER.verify("x", "md5$abc")).isFalse();
        assertThat(HASHER.verify("x", "pbkdf2-sha256$notanumber$AAAA$AAAA")).isFalse();
        assertThat(HASHER.verify("x", "pbkdf2-sha256$0$AAAA$AAAA")).isFalse();
        assertThat(HASHER.verify("x", "pbkdf2-sha256$999999999$AAAA$AAAA")).isFalse();
        assertThat(HASHER.verify("x", "pbkdf2-sha256$1000$***$AAAA")).isFalse();
    }

    @Test
    void aHashMadeWithFewerIterationsStillVerifiesButAsksToBeRedone() {
        String weak = new Pbkdf2PasswordHasher(1_000).hash("Primavera2026!");

        assertThat(weak).startsWith("pbkdf2-sha256$1000$");
        assertThat(HASHER.verify("Primavera2026!", weak)).isTrue();
        assertThat(HASHER.needsRehash(weak)).isTrue();
        assertThat(HASHER.needsRehash(HASHER.hash("Primavera2026!"))).isFalse();
    }

    @Test
    void anEmptyPasswordIsNeverHashed() {
        assertThatThrownBy(() -> HASHER.hash("")).isInstanceOf(IllegalArgumentException.class);
    }
}
