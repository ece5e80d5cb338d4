package be.cpas.pst.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.pst.PstApplication;
import be.cpas.pst.persistence.testsupport.PostgresTestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line imports and exports plan files on the configured database, without a web server. */
class PlanFileCommandTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        PostgresTestDatabase.Connection db = PostgresTestDatabase.get();
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--spring.datasource.url=" + db.jdbcUrl();
        all[args.length + 1] = "--spring.datasource.username=" + db.username();
        all[args.length + 2] = "--spring.datasource.password=" + db.password();
        all[args.length + 3] = "--pst.demo=true";
        return new PlanFileCommand(PstApplication.class, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(all);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void importsASamplePlanThenExportsItToAFileThatImportsAgain() throws Exception {
        assertThat(run("import", "sample:soumagne")).isZero();
        Matcher imported = Pattern.compile("plan n° (\\d+), (\\d+) éléments").matcher(output());
        assertThat(imported.find()).as(output()).isTrue();
        assertThat(imported.group(2)).isEqualTo("75");

        Path file = directory.resolve("soumagne.json");
        assertThat(run("export", imported.group(1), file.toString())).isZero();
        assertThat(Files.readString(file)).contains("\"format\" : \"pst-plan\"").contains("Volet externe");

        assertThat(run("import", file.toString())).isZero();
        assertThat(output()).contains("Plan importé : « Plan Stratégique Transversal 2025-2030 »");
        assertThat(run("plans")).isZero();
        assertThat(output()).contains("Plan Stratégique Transversal 2025-2030  (2025-2030, adopted)");
    }

    @Test
    void aRefusedFileListsItsFaultsAndExitsWithOne() throws Exception {
        Path file = directory.resolve("faux.json");
        Files.writeString(file, """
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS"},
                 "plan": {"titre": "", "debut": 2025, "fin": 2030}}""");

        assertThat(run("import", file.toString())).isEqualTo(1);

        assertThat(errors()).contains("Fichier refusé, rien n’a été importé").contains("plan : Le titre du plan est "
                + "obligatoire.");
    }

    @Test
    void wrongUsageExplainsTheCommands() {
        assertThat(run("export")).isEqualTo(2);
        assertThat(errors()).contains("Utilisation :");
        assertThat(run("import", directory.resolve("absent.json").toString())).isEqualTo(2);
        assertThat(errors()).contains("Fichier introuvable");
    }
}
