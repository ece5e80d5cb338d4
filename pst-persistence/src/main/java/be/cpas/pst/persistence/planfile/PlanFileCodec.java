package be.cpas.pst.persistence.planfile;

import be.cpas.pst.domain.planfile.PlanFile;
import be.cpas.pst.domain.planfile.PlanFileException;
import be.cpas.pst.domain.shared.TypedText;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** Reads and writes plan files; a file that is not valid JSON for the format is refused with the path of the fault. */
@Component
public class PlanFileCodec {

    private final JsonMapper mapper = JsonMapper.builder()
            .addModule(new SimpleModule("typed-text").addDeserializer(String.class, new TypedTextDeserializer()))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // an empty value is left out of a written file (the format's records say nothing of JSON)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY)
                    .withContentInclusion(JsonInclude.Include.NON_EMPTY))
            .build();

    public PlanFile read(byte[] json) {
        try {
            PlanFile file = mapper.readValue(json, PlanFile.class);
            if (file == null) {
                throw refused("", "planfile.file.empty");
            }
            if (!PlanFile.FORMAT.equals(file.format())) {
                throw refused("format", "planfile.format.wrong", PlanFile.FORMAT);
            }
            if (file.version() == null || file.version() != PlanFile.CURRENT_VERSION) {
                throw refused("version", "planfile.version.unknown", file.version(), PlanFile.CURRENT_VERSION);
            }
            return file;
        } catch (JacksonException e) {
            throw describe(path(e.getPath()), e);
        }
    }

    public byte[] write(PlanFile file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mapper.writeValue(out, file);
        return out.toByteArray();
    }

    /** Parses any JSON tree, for comparing two files in tests and tools. */
    public tools.jackson.databind.JsonNode tree(byte[] json) {
        return mapper.readTree(json);
    }

    private static PlanFileException refused(String path, String key, Object... arguments) {
        return new PlanFileException(List.of(new PlanFileException.Fault(path, key, Arrays.asList(arguments))));
    }

    private static PlanFileException describe(String path, JacksonException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String firstLine = original.lines().findFirst().orElse("");
        if (FORBIDDEN_TEXT.equals(original)) {
            return refused(path, "planfile.text.forbidden");
        }
        if (e instanceof tools.jackson.databind.exc.UnrecognizedPropertyException unknown) {
            return refused(path, "planfile.json.unknownField", unknown.getPropertyName());
        }
        if (e instanceof tools.jackson.databind.exc.MismatchedInputException mismatch
                && mismatch.getTargetType() != null) {
            return refused(path, "planfile.json.wrongType",
                    new DefaultMessageSourceResolvable(expected(mismatch.getTargetType())));
        }
        if (e instanceof tools.jackson.core.exc.StreamReadException) {
            return refused(path, "planfile.json.malformed", firstLine);
        }
        return refused(path, "planfile.json.invalid", firstLine);
    }

    /** The refusal of a text with a forbidden character, told apart from Jackson's own refusals. */
    private static final String FORBIDDEN_TEXT = "forbidden character in a text";

    /** Every text of a plan file as a person would type it: no control character, no mark reversing the writing. */
    private static final class TypedTextDeserializer extends StdDeserializer<String> {

        TypedTextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (TypedText.holdsForbidden(text)) {
                throw DatabindException.from(parser, FORBIDDEN_TEXT);
            }
            return text;
        }
    }

    /** The key of what the format expected where the file has a value of another type. */
    private static String expected(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "planfile.json.expected.number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "planfile.json.expected.boolean";
        }
        if (type == String.class) {
            return "planfile.json.expected.text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "planfile.json.expected.list";
        }
        return "planfile.json.expected.object";
    }

    static String path(List<JacksonException.Reference> references) {
        return references.stream()
                .map(reference -> reference.getPropertyName() != null ? "." + reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
