package be.cpas.pst.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after sign-in. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home/index";
    }
}
