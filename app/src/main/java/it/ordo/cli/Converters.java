package it.ordo.cli;

import it.ordo.i18n.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values: a bad number or date is a usage error (exit 2) with a sentence saying what was expected. */
final class Converters {

    private Converters() {
    }

    static final class Decimal implements ITypeConverter<BigDecimal> {

        private final Texts texts;

        Decimal(Texts texts) {
            this.texts = texts;
        }

        @Override
        public BigDecimal convert(String value) {
            BigDecimal n = Numbers.decimal(value);
            if (n == null) {
                throw new TypeConversionException(texts.get("cli.convert.number", Verbatim.of(value)));
            }
            return n;
        }
    }

    static final class Date implements ITypeConverter<LocalDate> {

        private final Texts texts;

        Date(Texts texts) {
            this.texts = texts;
        }

        @Override
        public LocalDate convert(String value) {
            LocalDate d = Numbers.date(value);
            if (d == null) {
                throw new TypeConversionException(texts.get("cli.convert.date", Verbatim.of(value)));
            }
            return d;
        }
    }
}
