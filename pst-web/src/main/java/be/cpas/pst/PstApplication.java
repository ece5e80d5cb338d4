package be.cpas.pst;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The PST application: the pages, on the domain, persistence and reporting modules. */
@SpringBootApplication
public class PstApplication {

    public static void main(String[] args) {
        SpringApplication.run(PstApplication.class, args);
    }
}
