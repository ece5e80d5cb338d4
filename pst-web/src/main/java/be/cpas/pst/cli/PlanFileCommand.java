package be.cpas.pst.cli;

import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.planfile.PlanFileException;
import be.cpas.pst.domain.planfile.PlanImport;
import be.cpas.pst.domain.progress.PlanCatalogue;
import be.cpas.pst.persistence.planfile.PlanExporter;
import be.cpas.pst.persistence.planfile.PlanImporter;
import be.cpas.pst.persistence.planfile.SamplePlan;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar pst-web.jar import plan.json}, {@code export <n° du plan> [fichier.json]}, {@code plans}: the
 * plan file commands, run on the same database as the application (embedded or external) without the web server.
 */
public final class PlanFileCommand {

    private static final Set<String> COMMANDS = Set.of("import", "export", "plans");

    private final Class<?> application;
    private final PrintStream out;
    private final PrintStream err;

    public PlanFileCommand(Class<?> application, PrintStream out, PrintStream err) {
        this.application = application;
        this.out = out;
        this.err = err;
    }

    /** Whether the arguments ask for a command rather than the web application. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /**
     * Runs the command; returns the process exit code: 0 success, 1 refused file, 2 wrong usage, 3 the database
     * could not be opened (for instance the application is already running on the embedded database).
     */
    public int run(String[] args) {
        String[] operands = Arrays.stream(args).skip(1).filter(arg -> !arg.startsWith("--")).toArray(String[]::new);
        String[] springArgs = Arrays.stream(args).filter(arg -> arg.startsWith("--")).toArray(String[]::new);
        if (("import".equals(args[0]) && operands.length != 1) || ("export".equals(args[0])
                && (operands.length < 1 || operands.length > 2))) {
            return usage();
        }
        ConfigurableApplicationContext context;
        try {
            // a command's output is its result: the framework only speaks up for warnings
            context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE).logStartupInfo(false)
                    .properties("spring.main.banner-mode=off", "logging.level.root=WARN", "pst.jobs.enabled=false")
                    .run(springArgs);
        } catch (RuntimeException e) {
            err.println("Démarrage impossible : " + rootCause(e).getMessage());
            return 3;
        }
        try (context) {
            return switch (args[0]) {
                case "import" -> importFile(context, operands[0]);
                case "export" -> exportPlan(context, operands);
                default -> listPlans(context);
            };
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private int importFile(ConfigurableApplicationContext context, String source) {
        byte[] json;
        try {
            json = read(source);
        } catch (NoSuchFileException e) {
            err.println("Fichier introuvable : " + source);
            return 2;
        } catch (IOException | IllegalArgumentException e) {
            err.println("Lecture impossible de « " + source + " » : " + e.getMessage());
            return 2;
        }
        try {
            PlanImport.ImportedPlan imported = context.getBean(PlanImporter.class).importPlan(json);
            out.printf("Plan importé : « %s » (plan n° %d, %d éléments)%n", imported.title(), imported.planId(),
                    imported.nodeCount());
            return 0;
        } catch (PlanFileException refused) {
            err.printf("Fichier refusé, rien n’a été importé (%d erreur%s) :%n", refused.faults().size(),
                    refused.faults().size() > 1 ? "s" : "");
            org.springframework.context.MessageSource messages = context;
            refused.faults().forEach(fault -> err.println("  - " + (fault.path().isEmpty() ? "(fichier)" : fault.path())
                    + " : " + messages.getMessage(fault, Locale.forLanguageTag("fr-BE"))));
            return 1;
        }
    }

    private static byte[] read(String source) throws IOException {
        if (source.startsWith("sample:")) {
            String name = source.substring("sample:".length()).toUpperCase(Locale.ROOT).replace('-', '_');
            return SamplePlan.valueOf(name).bytes();
        }
        return Files.readAllBytes(Path.of(source));
    }

    private int exportPlan(ConfigurableApplicationContext context, String[] operands) {
        long planId;
        try {
            planId = Long.parseLong(operands[0]);
        } catch (NumberFormatException e) {
            err.println("Numéro de plan attendu (voir la commande « plans ») : " + operands[0]);
            return 2;
        }
        byte[] json;
        try {
            json = context.getBean(PlanExporter.class).exportPlan(planId);
        } catch (IllegalArgumentException e) {
            err.println("Aucun plan n° " + planId + " (voir la commande « plans »)");
            return 2;
        }
        if (operands.length == 2) {
            try {
                Files.write(Path.of(operands[1]), json);
            } catch (IOException e) {
                err.println("Écriture impossible dans « " + operands[1] + " » : " + e.getMessage());
                return 2;
            }
            out.println("Plan n° " + planId + " exporté dans " + operands[1]);
        } else {
            out.println(new String(json, StandardCharsets.UTF_8));
        }
        return 0;
    }

    private int listPlans(ConfigurableApplicationContext context) {
        for (Plan plan : context.getBean(PlanCatalogue.class).allPlans()) {
            out.printf("%5d  %s  (%d-%d, %s)%n", plan.getId(), plan.getTitle(), plan.getPeriodStart(),
                    plan.getPeriodEnd(), plan.getStatus().name().toLowerCase(Locale.ROOT));
        }
        return 0;
    }

    private int usage() {
        err.println("""
                Utilisation :
                  java -jar pst-web.jar import <fichier.json | sample:anderlues | sample:la-bruyere | sample:soumagne>
                  java -jar pst-web.jar export <n° du plan> [fichier.json]
                  java -jar pst-web.jar plans""");
        return 2;
    }
}
