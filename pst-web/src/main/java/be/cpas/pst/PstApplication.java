package be.cpas.pst;

import be.cpas.pst.cli.PlanFileCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The PST application: the pages, on the domain, persistence and reporting modules. */
@SpringBootApplication
public class PstApplication {

    public static void main(String[] args) {
        if (PlanFileCommand.isCommand(args)) {
            System.exit(new PlanFileCommand(PstApplication.class, System.out, System.err).run(args));
        }
        SpringApplication.run(PstApplication.class, args);
    }
}
