package it.ordo.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import it.ordo.application.order.OrderView;
import it.ordo.domain.Message;
import it.ordo.i18n.Texts;
import java.io.IOException;
import java.util.List;

/**
 * JSON for scripts: field names are the record components, dates ISO-8601,
 * amounts as plain decimals, and explanations and price notes as sentences in
 * the user's language.
 */
final class Json {

    private Json() {
    }

    static ObjectMapper writer(Texts texts) {
        SimpleModule messages = new SimpleModule("ordo-messages");
        messages.addSerializer(Message.class, new JsonSerializer<>() {
            @Override
            public void serialize(Message value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(texts.render(value));
            }
        });
        messages.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
                                                             List<BeanPropertyWriter> properties) {
                if (description.getBeanClass() == OrderView.Line.class) {
                    properties.stream().filter(p -> p.getName().equals("priceNote")).forEach(p -> p.assignSerializer(
                            new JsonSerializer<Object>() {
                                @Override
                                public void serialize(Object value, JsonGenerator gen, SerializerProvider serializers)
                                        throws IOException {
                                    gen.writeString(OrderCommand.priceNote(texts, (String) value));
                                }
                            }));
                }
                return properties;
            }
        });
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(messages)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
    }

    /** For input files: decimals kept exact, duplicate keys and trailing garbage refused. */
    static ObjectMapper reader() {
        return JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
    }
}
