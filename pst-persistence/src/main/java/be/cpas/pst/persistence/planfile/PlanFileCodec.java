package be.cpas.pst.persistence.planfile;

import be.cpas.pst.domain.shared.TypedText;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;
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
            .build();

    public PlanFile read(byte[] json) {
        try {
            PlanFile file = mapper.readValue(json, PlanFile.class);
            if (file == null) {
                throw refused("", "le fichier est vide");
            }
            if (!PlanFile.FORMAT.equals(file.format())) {
                throw refused("format", "ce n’est pas un fichier de plan (« format » doit valoir « "
                        + PlanFile.FORMAT + " »)");
            }
            if (file.version() == null || file.version() != PlanFile.CURRENT_VERSION) {
                throw refused("version", "version " + file.version() + " inconnue : cette application lit la version "
                        + PlanFile.CURRENT_VERSION);
            }
            return file;
        } catch (JacksonException e) {
            throw refused(path(e.getPath()), describe(e));
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

    private static PlanFileException refused(String path, String message) {
        return new PlanFileException(List.of(new PlanFileException.Fault(path, message)));
    }

    private static String describe(JacksonException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof tools.jackson.databind.exc.UnrecognizedPropertyException unknown) {
            return "champ inconnu « " + unknown.getPropertyName() + " »";
        }
        if (e instanceof tools.jackson.databind.exc.MismatchedInputException mismatch
                && mismatch.getTargetType() != null) {
            return "valeur de type inattendu (attendu : " + expected(mismatch.getTargetType()) + ")";
        }
        if (e instanceof tools.jackson.core.exc.StreamReadException) {
            return "JSON mal formé (" + original.lines().findFirst().orElse("") + ")";
        }
        return "contenu invalide (" + original.lines().findFirst().orElse("") + ")";
    }

    /** Every text of a plan file as a person would type it: no control character, no mark reversing the writing. */
    private static final class TypedTextDeserializer extends StdDeserializer<String> {

        TypedTextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (TypedText.holdsForbidden(text)) {
                throw DatabindException.from(parser, "un texte contient un caractère invisible interdit (caractère de "
                        + "contrôle ou marque qui inverse le sens d’écriture)");
            }
            return text;
        }
    }

    private static String expected(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "un nombre";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "vrai ou faux (true/false)";
        }
        if (type == String.class) {
            return "un texte";
        }
        if (List.class.isAssignableFrom(type)) {
            return "une liste";
        }
        return "un objet";
    }

    static String path(List<JacksonException.Reference> references) {
        return references.stream()
                .map(reference -> reference.getPropertyName() != null ? "." + reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
